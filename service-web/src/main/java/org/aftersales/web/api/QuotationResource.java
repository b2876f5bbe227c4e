package org.aftersales.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.aftersales.paidservice.AcceptanceMeans;
import org.aftersales.paidservice.InvoiceKind;
import org.aftersales.paidservice.LineKind;
import org.aftersales.paidservice.Quotation;
import org.aftersales.paidservice.QuotationService;
import org.aftersales.shared.NotFoundException;
import org.aftersales.staff.PersonNames;
import org.aftersales.web.api.QuotationDtos.AcceptanceRequest;
import org.aftersales.web.api.QuotationDtos.InvoiceRequest;
import org.aftersales.web.api.QuotationDtos.PaymentRequest;
import org.aftersales.web.api.QuotationDtos.QuotationDto;
import org.aftersales.web.api.QuotationDtos.QuoteItemDto;
import org.aftersales.web.api.QuotationDtos.QuoteRequest;
import org.aftersales.web.api.QuotationDtos.SettlementRequest;

/**
 * The quotation of a paid service (R-C6): {@code POST} makes it — or revises it while the owner has not accepted it —
 * from the items with their cost (201, the priced quotation; 422 for a case that is not PAID); then the owner's
 * acceptance, and after completion the settlement, invoice and payment.
 */
@Path("cases/{id}/quotation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuotationResource {

    @Inject
    QuotationService quotations;

    @Inject
    PersonNames personNames;

    @Context
    UriInfo uriInfo;

    @GET
    public QuotationDto get(@PathParam("id") long id) {
        return QuotationDto.of(
                quotations.find(id).orElseThrow(() -> new NotFoundException("quotation", id)), personNames.everyone());
    }

    @POST
    public Response quote(@PathParam("id") long id, QuoteRequest body) {
        QuoteRequest request = required(body);
        List<QuotationService.Item> items = new ArrayList<>();
        if (request.items != null) {
            for (int i = 0; i < request.items.size(); i++) {
                QuoteItemDto item = request.items.get(i);
                String at = "items[" + i + "].";
                items.add(
                        item == null
                                ? null
                                : new QuotationService.Item(
                                        item.description,
                                        ApiEnums.parse(at + "kind", LineKind.class, item.kind),
                                        item.quantity,
                                        ApiValues.money(at + "cost", item.cost),
                                        item.vatRate));
            }
        }
        Quotation made = quotations.quote(id, items);
        return Response.created(uriInfo.getAbsolutePath())
                .entity(QuotationDto.of(made, personNames.everyone()))
                .build();
    }

    @POST
    @Path("acceptance")
    public QuotationDto accept(@PathParam("id") long id, AcceptanceRequest body) {
        AcceptanceRequest acceptance = required(body);
        return QuotationDto.of(
                quotations.accept(
                        id,
                        acceptance.acceptedBy,
                        ApiEnums.parse("acceptedVia", AcceptanceMeans.class, acceptance.acceptedVia),
                        ApiInstants.parse("acceptedAt", acceptance.acceptedAt)),
                personNames.everyone());
    }

    @POST
    @Path("settlement")
    public QuotationDto settle(@PathParam("id") long id, SettlementRequest body) {
        SettlementRequest settlement = body == null ? new SettlementRequest() : body;
        return QuotationDto.of(
                quotations.settle(
                        id,
                        ApiValues.money("settledTotal", settlement.settledTotal),
                        ApiValues.money("settledVat", settlement.settledVat)),
                personNames.everyone());
    }

    @POST
    @Path("invoice")
    public QuotationDto invoice(@PathParam("id") long id, InvoiceRequest body) {
        InvoiceRequest invoice = required(body);
        return QuotationDto.of(
                quotations.recordInvoice(
                        id,
                        ApiEnums.parse("invoiceKind", InvoiceKind.class, invoice.invoiceKind),
                        invoice.invoiceNumber,
                        invoice.invoiceDate),
                personNames.everyone());
    }

    @POST
    @Path("payment")
    public QuotationDto payment(@PathParam("id") long id, PaymentRequest body) {
        PaymentRequest payment = required(body);
        return QuotationDto.of(
                quotations.recordPayment(
                        id, payment.paymentDate, ApiValues.money("paymentAmount", payment.paymentAmount)),
                personNames.everyone());
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return body;
    }
}
