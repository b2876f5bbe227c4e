package org.aftersales.document;

/** What an upload to the archive says about the document: its kind, title, project and equipment item (optional). */
public record DocumentData(DocumentKind kind, String title, Long projectId, Long equipmentItemId) {}
