package fr.parcours.model;

/**
 * An error a user can meet and fix. The message is in French and names what went wrong, where
 * (file, line, column when known) and what to do. The CLI prints only the message, and the stack
 * trace only with {@code --debug}.
 */
public class ParcoursException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ParcoursException(String message) {
    super(message);
  }

  public ParcoursException(String message, Throwable cause) {
    super(message, cause);
  }
}
