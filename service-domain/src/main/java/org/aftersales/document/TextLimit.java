package org.aftersales.document;

/**
 * The parsing limit a file tripped when its text was read ({@link TextState#LIMIT_TRIPPED}). Each protects the
 * application instance from one way a file can exhaust it; the values are in {@link TextLimits}.
 */
public enum TextLimit {
    /** An Office file's part unpacks to far more than its packed size (a "zip bomb"). */
    COMPRESSION_RATIO,
    /** An Office file's part unpacks to more than the limit. */
    PART_SIZE,
    /** An Office file has more parts than the limit. */
    PART_COUNT,
    /** An Office file asks for a record (an array in memory) larger than the limit. */
    RECORD_SIZE,
    /** A PDF has more pages than the limit. */
    PAGES,
    /** A PDF page's content unpacks to more than the limit. */
    CONTENT_SIZE,
    /** Reading needed more memory than the limit (PDFBox's buffers), or the heap ran out. */
    MEMORY,
    /** The file is nested too deeply to read (the reading thread's stack ran out). */
    NESTING,
    /** Reading took longer than the time limit. */
    TIME
}
