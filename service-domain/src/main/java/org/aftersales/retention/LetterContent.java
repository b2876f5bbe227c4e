package org.aftersales.retention;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.aftersales.project.Project;
import org.aftersales.shared.AmountInWords;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Money;

/**
 * What one letter of the statutory return procedure says (R-C8), in Chinese — the language of the letters whatever
 * the user's — composed from the register as it stands on the issue day: letterhead, addressee (the owner), title,
 * the paragraphs with their figures and dates, the amount claimed and the interest. Issued, it is frozen in a
 * {@link RetentionLetter}, so a reprint shows exactly what was sent even after the register changes.
 *
 * <p>A letter is composed only when the procedure calls for it: the application from the end of the defect-liability
 * period on, the reminder once the 14-day verification period has passed unanswered (and still after the deemed
 * acceptance it led to, to reprint it), the interest claim once interest has accrued.
 */
public record LetterContent(
        LetterKind kind,
        LocalDate issueDate,
        Letterhead letterhead,
        String addressee,
        String title,
        List<String> paragraphs,
        Money amount,
        Money interestAccrued,
        LocalDate paymentDueDate) {

    public LetterContent {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The letter of {@code kind} from {@code retention} and its procedure's {@code status} on the issue day. */
    public static LetterContent compose(
            LetterKind kind, ProjectRetention retention, ReturnStatus status, Letterhead letterhead) {
        if (kind == null) {
            throw new BusinessException("kind", "returnProcedure.error.letterKind");
        }
        LocalDate day = status.asOf();
        Project project = retention.getProject();
        Money outstanding = retention.outstanding();
        String addressee = project.getOwner() == null ? "" : project.getOwner().getName();
        String projectName = "“" + project.getName() + "”（项目编号 " + project.getCode();
        return switch (kind) {
            case APPLICATION -> {
                if (day.isBefore(retention.getDueDate())) {
                    throw new BusinessException("kind", "returnProcedure.error.beforeDue", retention.getDueDate());
                }
                yield new LetterContent(
                        kind,
                        day,
                        letterhead,
                        addressee,
                        "工程质量保证金返还申请书",
                        List.of(
                                "贵单位与我公司签订的" + projectName + "，合同编号 " + text(project.getContractNumber())
                                        + "）工程，缺陷责任期已于 "
                                        + retention.getDueDate().minusDays(1)
                                        + " 届满。根据《建设工程质量保证金管理办法》（建质〔2017〕138 号）第十条、第十一条及合同约定，"
                                        + "我公司现申请返还工程质量保证金人民币 " + format(outstanding) + "（大写："
                                        + AmountInWords.of(outstanding) + "）。",
                                "请贵单位自收到本申请之日起 14 日内会同我公司按合同约定核实；核实无异议的，请于核实后 "
                                        + retention.getReturnTermDays() + " 日内将上述款项返还我公司。"
                                        + "贵单位在收到本申请后 14 日内不予答复，经催告后 14 日内仍不予答复的，视同认可本返还申请。",
                                "特此函告。"),
                        outstanding,
                        Money.ZERO,
                        null);
            }
            case REMINDER -> {
                if (status.state() != ReturnState.REMINDER_DUE
                        && status.state() != ReturnState.AWAITING_REMINDER_ANSWER
                        && status.state() != ReturnState.DEEMED_ACCEPTED) {
                    throw new BusinessException("kind", "returnProcedure.error.reminderNotDue");
                }
                yield new LetterContent(
                        kind,
                        day,
                        letterhead,
                        addressee,
                        "工程质量保证金返还催告函",
                        List.of(
                                "我公司关于" + projectName + "）工程质量保证金人民币 " + format(outstanding)
                                        + " 的返还申请，贵单位已于 " + status.applicationReceivedDate() + " 签收。核实期限已于 "
                                        + status.verificationDueDate() + " 届满，贵单位至今未予答复。",
                                "现特函催告：请贵单位自收到本函之日起 14 日内予以核实并答复。逾期仍不答复的，根据《建设工程质量保证金管理办法》"
                                        + "第十一条，视同认可我公司的返还申请，贵单位应自视同认可之日起 " + retention.getReturnTermDays()
                                        + " 日内返还上述款项，逾期付款的应按合同约定承担违约责任。",
                                "特此函告。"),
                        outstanding,
                        Money.ZERO,
                        null);
            }
            case INTEREST_CLAIM -> {
                Money interest = status.interestAccrued();
                if (interest == null || interest.amount().signum() == 0 || status.paymentDueDate() == null) {
                    throw new BusinessException("kind", "returnProcedure.error.noInterest");
                }
                BigDecimal rate = retention.getContractLateRatePercent();
                String rateText = rate != null
                        ? "合同约定的年利率 " + rate.stripTrailingZeros().toPlainString() + "%"
                        : "同期全国银行间同业拆借中心公布的一年期贷款市场报价利率（LPR）";
                yield new LetterContent(
                        kind,
                        day,
                        letterhead,
                        addressee,
                        "逾期付款利息主张函",
                        List.of(
                                projectName + "）工程质量保证金应于 " + status.paymentDueDate() + " 前返还我公司，截至 " + day + " 尚有人民币 "
                                        + format(outstanding) + " 未付。",
                                "根据合同约定，自 " + status.paymentDueDate().plusDays(1) + " 起就未付金额按" + rateText
                                        + "，按实际天数（每年 365 日）计算逾期付款利息，截至 " + day + " 共计人民币 "
                                        + format(interest) + "（大写：" + AmountInWords.of(interest)
                                        + "）。请贵单位在返还保证金的同时一并支付。",
                                "特此函告。"),
                        outstanding,
                        interest,
                        status.paymentDueDate());
            }
        };
    }

    /** The letter's text as one block: paragraphs separated by line breaks (how it is stored). */
    public String body() {
        return String.join("\n", paragraphs);
    }

    /** ¥1,234.56, as the pages show money. */
    static String format(Money money) {
        return new DecimalFormat("¥#,##0.00;-¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(money.amount());
    }

    private static String text(String value) {
        return value == null ? "—" : value;
    }
}
