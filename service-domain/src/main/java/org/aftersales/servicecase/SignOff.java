package org.aftersales.servicecase;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;
import org.aftersales.shared.InstantConverter;

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
        String name = Inputs.stripToNull(signer);
        if (name == null) {
            throw new BusinessException(field, "signOff.error.signerRequired");
        }
        if (name.length() > SIGNER_LENGTH) {
            throw new BusinessException(field, "case.error.tooLong", SIGNER_LENGTH);
        }
        this.signer = name;
        this.form = Objects.requireNonNull(form, "form");
        this.signedAt = Objects.requireNonNull(signedAt, "signedAt");
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
