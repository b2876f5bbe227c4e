package org.aftersales.servicecase;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import org.aftersales.shared.Inputs;
import org.aftersales.shared.InstantConverter;
import org.aftersales.shared.Refusals;

/**
 * A sign-off (签章认可, R-S8): who on the owner's side signed or stamped, when, and in which form. The image itself is
 * a {@link SignatureImage} of the signed document.
 */
@Embeddable
public class SignOff {

    public static final int SIGNER_LENGTH = 100;

    /** The person on the owner's side, as they gave their name. */
    @Column(name = "signer_name", nullable = false, updatable = false, length = SIGNER_LENGTH)
    private String signer;

    @Convert(converter = InstantConverter.class)
    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "signature_form", nullable = false, updatable = false, length = 20)
    private SignatureForm form;

    protected SignOff() {}

    /** @param field the input field that names the signer, for the refusal */
    SignOff(String field, String signer, SignatureForm form, Instant signedAt) {
        Refusals refusals = new Refusals();
        checkSigner(refusals, field, signer);
        refusals.throwIfAny();
        String name = Inputs.stripToNull(signer);
        this.signer = name;
        this.form = Objects.requireNonNull(form, "form");
        this.signedAt = Objects.requireNonNull(signedAt, "signedAt");
    }

    /** The signer's name is given and fits; what is wrong is added to {@code refusals} under {@code field}. */
    static void checkSigner(Refusals refusals, String field, String signer) {
        String name = Inputs.stripToNull(signer);
        if (name == null) {
            refusals.add(field, "signOff.error.signerRequired");
        } else if (name.length() > SIGNER_LENGTH) {
            refusals.add(field, "case.error.tooLong", SIGNER_LENGTH);
        }
    }

    public String getSigner() {
        return signer;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public SignatureForm getForm() {
        return form;
    }
}
