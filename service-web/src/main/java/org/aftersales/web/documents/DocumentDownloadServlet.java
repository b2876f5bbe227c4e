package org.aftersales.web.documents;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.aftersales.document.DocumentStore;
import org.aftersales.document.FileNames;
import org.aftersales.document.StoredDocument;
import org.aftersales.shared.AccessDeniedException;
import org.aftersales.shared.NotFoundException;

/**
 * {@code /documents/download?id=…}: a stored document for the logged-in portal user (R-K1, R-B4), with its original
 * file name — Chinese included — in an RFC 6266 / RFC 5987 {@code Content-Disposition}. A document the caller may
 * not see answers 404, like one that does not exist; a role that may not see documents 403. Pictures and PDFs open
 * in the browser, everything else is offered as a download; the security filter adds {@code nosniff}.
 */
@WebServlet("/documents/download")
public class DocumentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DocumentStore documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException noId) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredDocument document;
        byte[] content;
        try {
            document = documents.find(id);
            content = documents.content(id);
        } catch (NotFoundException notVisible) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException notAllowed) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        send(response, document, content, "1".equals(request.getParameter("inline")));
    }

    private static void send(HttpServletResponse response, StoredDocument document, byte[] content, boolean inline)
            throws IOException {
        boolean viewable = inline
                && switch (document.getFileType()) {
                    case PDF, PNG, JPEG, GIF -> true;
                    default -> false;
                };
        response.setContentType(document.getContentType());
        response.setContentLengthLong(content.length);
        response.setHeader(
                "Content-Disposition",
                FileNames.contentDisposition(viewable ? "inline" : "attachment", document.getFileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(
                "Digest",
                "sha-256="
                        + java.util.Base64.getEncoder()
                                .encodeToString(java.util.HexFormat.of().parseHex(document.getSha256())));
        response.getOutputStream().write(content);
    }
}
