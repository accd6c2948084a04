-- MariaDB only: the database itself refuses to change or delete audit entries. The archiver
-- deletes archived rows with @cp_audit_archiving = 1 set on its own connection; nothing else can.
-- (H2, the single-machine demo database, relies on the application having no such statement.)

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only';

DELIMITER $$
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
BEGIN
    IF @cp_audit_archiving IS NULL OR @cp_audit_archiving <> 1 THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry rows leave only through the archive';
    END IF;
END$$
DELIMITER ;
