package org.aftersales.web.api;

import java.util.Arrays;
import java.util.List;
import org.aftersales.servicecase.EngineerAvailability;
import org.aftersales.staff.Qualification;

/** One engineer on the dispatch board (R-S6): skills, gaps, whether flagged for training, bookings in the window. */
public class EngineerAvailabilityDto {
    public long id;
    public String username;
    public String displayName;
    public List<String> qualifications;
    public List<String> missingQualifications;
    public boolean flaggedForTraining;
    public List<BookingDto> bookings;

    public static class BookingDto {
        public long dispatchId;
        public long caseId;
        public String caseNumber;
        public String plannedFrom;
        public String plannedTo;
    }

    static EngineerAvailabilityDto of(EngineerAvailability engineer) {
        EngineerAvailabilityDto dto = new EngineerAvailabilityDto();
        dto.id = engineer.engineerId();
        dto.username = engineer.username();
        dto.displayName = engineer.displayName();
        dto.qualifications = Arrays.stream(Qualification.values())
                .filter(engineer.qualifications()::contains)
                .map(Enum::name)
                .toList();
        dto.missingQualifications =
                engineer.missingQualifications().stream().map(Enum::name).toList();
        dto.flaggedForTraining = engineer.flaggedForTraining();
        dto.bookings = engineer.bookings().stream()
                .map(booking -> {
                    BookingDto b = new BookingDto();
                    b.dispatchId = booking.dispatchId();
                    b.caseId = booking.caseId();
                    b.caseNumber = booking.caseNumber();
                    b.plannedFrom = ApiInstants.format(booking.plannedFrom());
                    b.plannedTo = ApiInstants.format(booking.plannedTo());
                    return b;
                })
                .toList();
        return dto;
    }
}
