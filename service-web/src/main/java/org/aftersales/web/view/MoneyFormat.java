package org.aftersales.web.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.aftersales.shared.Money;

/** Amounts on pages as the users write them: "¥1,234.56" (STYLE: amounts right-aligned, yuan with two decimals). */
@Named("moneyFormat")
@ApplicationScoped
public class MoneyFormat {

    /** {@code #{moneyFormat.of(row.balance())}}; empty for none. */
    public String of(Money money) {
        return money == null ? "" : amount(money.amount());
    }

    /** {@code #{moneyFormat.amount(row.price)}} for a plain amount; empty for none. */
    public String amount(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("¥#,##0.00;-¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(amount);
    }
}
