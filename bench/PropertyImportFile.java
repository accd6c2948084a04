import java.io.FileOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a register-import file in the template's layout with POI's streaming writer:
 * {@code rows} units in buildings of 100 units, one owner each with a valid ID number
 * (GB 11643 check character), optionally with the last row's area given three decimals.
 * Usage: java -cp <poi jars> PropertyImportFile.java out.xlsx 20000 [valid|last-row-bad]
 */
public class PropertyImportFile {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[1]);
        boolean lastBad = args.length > 2 && args[2].equals("last-row-bad");
        String[] headings = {"楼栋号 / Building no.", "楼栋名称 / Building name", "层数 / Floors", "房号 / Unit no.",
            "专有面积（m²） / Exclusive area (m²)", "业主姓名 / Owner's name", "身份证号码 / ID number", "电话 / Phone",
            "份额（%） / Share (%)"};
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); OutputStream out = new FileOutputStream(args[0])) {
            SXSSFSheet sheet = book.createSheet("房产登记 Register");
            Row heading = sheet.createRow(0);
            for (int i = 0; i < headings.length; i++) {
                heading.createCell(i).setCellValue(headings[i]);
            }
            LocalDate birth = LocalDate.of(1950, 1, 1);
            for (int n = 0; n < rows; n++) {
                int building = n / 100 + 1;
                Row row = sheet.createRow(n + 1);
                row.createCell(0).setCellValue("B" + building);
                row.createCell(1).setCellValue(building + " 号楼");
                row.createCell(2).setCellValue(25);
                row.createCell(3).setCellValue(String.valueOf((n % 100) / 4 + 1) + "0" + (n % 4 + 1));
                row.createCell(4).setCellValue(lastBad && n == rows - 1 ? 88.125 : 60 + (n % 90) + 0.25);
                row.createCell(5).setCellValue("业主" + n);
                String first17 = "341181" + birth.plusDays(n % 20000).toString().replace("-", "")
                        + String.format("%03d", n % 1000);
                row.createCell(6).setCellValue(first17 + check(first17));
                row.createCell(7).setCellValue("139" + String.format("%08d", n));
                row.createCell(8).setCellValue(100);
            }
            book.write(out);
        }
    }

    private static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
