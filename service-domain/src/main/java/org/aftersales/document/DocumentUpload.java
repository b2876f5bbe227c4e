package org.aftersales.document;

import java.io.InputStream;

/**
 * A file as it arrives: the name the browser or client sent (any text at all, cleaned by {@link FileNames}) and its
 * content, read once by the store up to the configured size limit.
 */
public record DocumentUpload(String fileName, InputStream content) {}
