package org.communitypartners.merchants.meals.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.communitypartners.merchants.meals.application.SettlementView;

/**
 * The month's subsidy settlement as finance files it (助餐补贴结算表): one table over every meal
 * point, a line per category and prices, a subtotal per meal point and the grand total; a second
 * sheet with the reconciliation against the benefit codes used at each point. In Chinese,
 * amounts as numbers with two decimals so finance can add them up again.
 */
final class SettlementWorkbook {
    static final String SHEET = "补贴结算";
    static final String RECONCILIATION_SHEET = "核对";
    private static final String[] HEADER = {"助餐点", "社区", "运营方", "类别", "标准价（元）", "实付价（元）", "份数",
            "标准金额（元）", "实付金额（元）", "补贴金额（元）"};

    private SettlementWorkbook() {
    }

    static byte[] write(List<SettlementView> settlements, YearMonth month) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            CellStyle boldMoney = workbook.createCellStyle();
            boldMoney.cloneStyleFrom(money);
            boldMoney.setFont(boldFont);
            boldMoney.setBorderTop(BorderStyle.THIN);

            Sheet sheet = workbook.createSheet(SHEET);
            sheet.createRow(0).createCell(0).setCellValue(month.getYear() + "年" + month.getMonthValue() + "月 老年助餐补贴结算表");
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(2);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
                header.getCell(c).setCellStyle(bold);
            }
            int r = 3;
            long meals = 0;
            BigDecimal standard = BigDecimal.ZERO;
            BigDecimal paid = BigDecimal.ZERO;
            BigDecimal subsidy = BigDecimal.ZERO;
            for (SettlementView s : settlements) {
                for (SettlementView.Line line : s.lines()) {
                    Row row = sheet.createRow(r++);
                    names(row, s);
                    row.createCell(3).setCellValue(line.categoryName());
                    amount(row, 4, line.standardPrice(), money);
                    amount(row, 5, line.paidPrice(), money);
                    row.createCell(6).setCellValue(line.meals());
                    amount(row, 7, line.standardTotal(), money);
                    amount(row, 8, line.paidTotal(), money);
                    amount(row, 9, line.subsidy(), money);
                }
                Row subtotal = sheet.createRow(r++);
                names(subtotal, s);
                subtotal.createCell(3).setCellValue("小计");
                totals(subtotal, s.meals(), s.standardTotal(), s.paidTotal(), s.subsidy(), bold, boldMoney);
                meals += s.meals();
                standard = standard.add(s.standardTotal());
                paid = paid.add(s.paidTotal());
                subsidy = subsidy.add(s.subsidy());
            }
            Row total = sheet.createRow(r);
            total.createCell(0).setCellValue("合计");
            total.getCell(0).setCellStyle(bold);
            totals(total, meals, standard, paid, subsidy, bold, boldMoney);
            for (int c = 0; c < HEADER.length; c++) {
                sheet.setColumnWidth(c, (c < 3 ? 24 : 14) * 256);
            }
            reconciliation(workbook.createSheet(RECONCILIATION_SHEET), settlements, bold);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The download's file name, e.g. 助餐补贴结算-2026-10.xlsx, for old and new browsers. */
    static String disposition(YearMonth month) {
        String name = "助餐补贴结算-" + month + ".xlsx";
        return "attachment; filename=\"meal-subsidy-" + month + ".xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void reconciliation(Sheet sheet, List<SettlementView> settlements, CellStyle bold) {
        String[] header = {"助餐点", "类别", "已供餐补贴份数", "优惠码使用次数", "差异", "无优惠码的订单", "无订单的优惠码使用"};
        Row top = sheet.createRow(0);
        for (int c = 0; c < header.length; c++) {
            top.createCell(c).setCellValue(header[c]);
            top.getCell(c).setCellStyle(bold);
        }
        int r = 1;
        for (SettlementView s : settlements) {
            SettlementView.ReconciliationView rec = s.reconciliation();
            for (SettlementView.Tier tier : rec.tiers()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(s.mealPointName());
                row.createCell(1).setCellValue(tier.categoryName());
                row.createCell(2).setCellValue(tier.servedMeals());
                row.createCell(3).setCellValue(tier.codeUses());
                row.createCell(4).setCellValue(tier.difference());
            }
            Row ids = sheet.createRow(r++);
            ids.createCell(0).setCellValue(s.mealPointName());
            ids.createCell(1).setCellValue(rec.balanced() ? "一致" : "不一致");
            ids.createCell(5).setCellValue(joined(rec.ordersWithoutUse()));
            ids.createCell(6).setCellValue(joined(rec.usesWithoutOrder()));
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(5, 40 * 256);
        sheet.setColumnWidth(6, 40 * 256);
    }

    private static String joined(List<Long> ids) {
        return String.join("、", ids.stream().map(String::valueOf).toList());
    }

    private static void names(Row row, SettlementView s) {
        row.createCell(0).setCellValue(s.mealPointName());
        row.createCell(1).setCellValue(s.communityName());
        row.createCell(2).setCellValue(s.partnerName());
    }

    private static void totals(Row row, long meals, BigDecimal standard, BigDecimal paid, BigDecimal subsidy,
                               CellStyle bold, CellStyle boldMoney) {
        row.createCell(6).setCellValue(meals);
        row.getCell(6).setCellStyle(bold);
        amount(row, 7, standard, boldMoney);
        amount(row, 8, paid, boldMoney);
        amount(row, 9, subsidy, boldMoney);
    }

    private static void amount(Row row, int column, BigDecimal yuan, CellStyle style) {
        row.createCell(column).setCellValue(yuan.doubleValue());
        row.getCell(column).setCellStyle(style);
    }
}
