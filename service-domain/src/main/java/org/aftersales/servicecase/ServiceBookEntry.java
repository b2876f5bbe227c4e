package org.aftersales.servicecase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.aftersales.project.Project;
import org.aftersales.shared.BaseEntity;
import org.aftersales.shared.BusinessException;
import org.aftersales.shared.Inputs;

/**
 * An entry in the project's after-sales service book (售后服务簿, R-S9): its number in the book, the day it was entered
 * and what it says. Each number is used once per project's book.
 */
@Entity
@Table(
        name = "service_book_entry",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_service_book_entry_number",
                        columnNames = {"project_id", "entry_number"}))
public class ServiceBookEntry extends BaseEntity {

    public static final int NUMBER_LENGTH = 40;
    public static final int TEXT_LENGTH = 2000;

    @NotNull
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @NotBlank
    @Size(max = NUMBER_LENGTH)
    @Column(name = "entry_number", nullable = false, updatable = false, length = NUMBER_LENGTH)
    private String number;

    @NotNull
    @Column(name = "entry_date", nullable = false, updatable = false)
    private LocalDate date;

    @NotBlank
    @Size(max = TEXT_LENGTH)
    @Column(name = "entry_text", nullable = false, updatable = false, length = TEXT_LENGTH)
    private String text;

    protected ServiceBookEntry() {}

    public ServiceBookEntry(Project project, String number, LocalDate date, String text) {
        String entryNumber = Inputs.stripToNull(number);
        if (entryNumber == null) {
            throw new BusinessException("bookEntryNumber", "factoryReturn.error.bookNumberRequired");
        }
        if (entryNumber.length() > NUMBER_LENGTH) {
            throw new BusinessException("bookEntryNumber", "case.error.tooLong", NUMBER_LENGTH);
        }
        if (date == null) {
            throw new BusinessException("bookEntryDate", "factoryReturn.error.bookDateRequired");
        }
        String entryText = Inputs.stripToNull(text);
        if (entryText == null) {
            throw new BusinessException("bookEntryText", "factoryReturn.error.bookTextRequired");
        }
        if (entryText.length() > TEXT_LENGTH) {
            throw new BusinessException("bookEntryText", "case.error.tooLong", TEXT_LENGTH);
        }
        this.project = project;
        this.number = entryNumber;
        this.date = date;
        this.text = entryText;
    }

    public Project getProject() {
        return project;
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getText() {
        return text;
    }
}
