package fr.parcours.app.web;

/** Stops a request with a status and a French message (or a redirect when {@code location} is set). */
final class Denied extends RuntimeException {
  final int status;
  final String location;

  Denied(int status, String message, String location) {
    super(message, null, false, false);
    this.status = status;
    this.location = location;
  }
}
