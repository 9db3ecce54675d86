package org.smartlibrary.matching.service;

/**
 * A READY recommendations document as a GET serves it: the JSON bytes (shared with the kept rendering when
 * refresh_pending is false: not to be changed) and its strong entity tag, without quotes.
 */
public record ReadyDocument(byte[] body, String entityTag) {
}
