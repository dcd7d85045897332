package fr.parcours.ingest.read;

import fr.parcours.model.ParcoursException;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides, in one pass over the bytes, which charset a CSV file really is in, before parsing it:
 * a byte-order mark wins; a file declared UTF-8 must be valid UTF-8; a file declared single-byte
 * (Windows-1252, Latin-1) that turns out to be valid UTF-8 with accented letters was almost surely
 * exported in UTF-8, and reading it otherwise would corrupt every accent, so both are fatal errors
 * that name the line. A few UTF-8 fields inside a Windows-1252 file (mixed encodings) are not
 * fatal: the row reader repairs them one by one.
 */
final class EncodingCheck {

  /** The charset to decode with, how many bytes of byte-order mark to skip, and the file's SHA-256. */
  record Result(Charset charset, int bomLength, String sha256, long bytes) {}

  private EncodingCheck() {}

  static Result check(Path file, Charset declared) {
    MessageDigest digest = Checksums.sha256();
    try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      byte[] buf = new byte[1 << 16];
      int n = in.readNBytes(buf, 0, 4);
      if (n >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
        scanUtf8(file, in, 3, buf, n);
        return new Result(StandardCharsets.UTF_8, 3, Checksums.hex(digest), Files.size(file));
      }
      if (n >= 2 && (buf[0] & 0xFF) == 0xFF && (buf[1] & 0xFF) == 0xFE) {
        return new Result(StandardCharsets.UTF_16LE, 2, Checksums.sha256Hex(file), Files.size(file));
      }
      if (n >= 2 && (buf[0] & 0xFF) == 0xFE && (buf[1] & 0xFF) == 0xFF) {
        return new Result(StandardCharsets.UTF_16BE, 2, Checksums.sha256Hex(file), Files.size(file));
      }
      boolean utf8 = declared.equals(StandardCharsets.UTF_8);
      Scan scan = scan(in, buf, n);
      if (utf8 && scan.firstInvalidLine > 0) {
        throw new ParcoursException(
            file + ", ligne " + scan.firstInvalidLine + " : le fichier n'est pas en UTF-8 comme l'indique la correspondance"
                + " (octet 0x" + Integer.toHexString(scan.firstInvalidByte).toUpperCase() + " invalide)."
                + " S'il vient d'un export Windows, indiquez « encodage: windows-1252 » dans la correspondance ou --encoding windows-1252.");
      }
      if (!utf8 && scan.firstInvalidLine == 0 && scan.multibyte > 0) {
        throw new ParcoursException(
            file + ", ligne " + scan.firstMultibyteLine + " : le fichier semble encodé en UTF-8 (lettres accentuées sur deux octets),"
                + " alors que la correspondance indique " + declared.name() + "."
                + " Indiquez « encodage: UTF-8 » dans la correspondance ou --encoding UTF-8.");
      }
      if (declared.name().equals("windows-1252") && scan.firstUndefinedCp1252Line > 0) {
        throw new ParcoursException(
            file + ", ligne " + scan.firstUndefinedCp1252Line + " : octet 0x" + Integer.toHexString(scan.undefinedByte).toUpperCase()
                + " sans caractère en windows-1252 : le fichier est dans un autre encodage. Essayez --encoding ISO-8859-1 ou UTF-8.");
      }
      return new Result(declared, 0, Checksums.hex(digest), Files.size(file));
    } catch (IOException e) {
      throw new ParcoursException("Lecture impossible de " + file + " : " + e.getMessage(), e);
    }
  }

  private static void scanUtf8(Path file, InputStream in, int skip, byte[] buf, int n) throws IOException {
    System.arraycopy(buf, skip, buf, 0, n - skip);
    Scan scan = scan(in, buf, n - skip);
    if (scan.firstInvalidLine > 0) {
      throw new ParcoursException(
          file + ", ligne " + scan.firstInvalidLine + " : le fichier commence par une marque UTF-8 (BOM) mais contient des octets invalides en UTF-8."
              + " Réexportez-le en UTF-8 ou en windows-1252 sans marque.");
    }
  }

  private static final class Scan {
    long line = 1;
    long firstInvalidLine;
    int firstInvalidByte;
    long firstMultibyteLine;
    long multibyte;
    long firstUndefinedCp1252Line;
    int undefinedByte;
  }

  /** Counts valid UTF-8 multi-byte sequences and finds the first invalid byte, with line numbers. */
  private static Scan scan(InputStream in, byte[] buf, int prefilled) throws IOException {
    Scan s = new Scan();
    int len = prefilled;
    int carry = 0; // continuation bytes still expected
    long leadLine = 0; // line of the byte that opened the current multi-byte sequence
    int lead = 0;
    int r;
    while (true) {
      for (int i = 0; i < len; i++) {
        // Fast path: eight ASCII bytes at a time (most of any extract), counting line feeds exactly.
        if (carry == 0) {
          while (i + 8 <= len) {
            long w = (long) LONGS.get(buf, i);
            if ((w & 0x8080808080808080L) != 0) break;
            long x = w ^ 0x0A0A0A0A0A0A0A0AL;
            long y = ~(((x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | x | 0x7F7F7F7F7F7F7F7FL);
            s.line += Long.bitCount(y);
            i += 8;
          }
          if (i >= len) break;
        }
        int b = buf[i] & 0xFF;
        if (b < 0x80) {
          if (carry > 0) invalid(s, lead, leadLine);
          carry = 0;
          if (b == '\n') s.line++;
          continue;
        }
        if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
          if (s.firstUndefinedCp1252Line == 0 && carry == 0) {
            s.firstUndefinedCp1252Line = s.line;
            s.undefinedByte = b;
          }
        }
        if (carry > 0) {
          if ((b & 0xC0) == 0x80) {
            if (--carry == 0) {
              if (s.multibyte++ == 0) s.firstMultibyteLine = s.line;
            }
          } else {
            invalid(s, lead, leadLine);
            carry = 0;
          }
        } else {
          carry = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
          if (carry == 0) invalid(s, b, s.line);
          lead = b;
          leadLine = s.line;
        }
      }
      r = in.read(buf, 0, buf.length);
      if (r < 0) break;
      len = r;
    }
    return s;
  }

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  private static void invalid(Scan s, int b, long line) {
    if (s.firstInvalidLine == 0) {
      s.firstInvalidLine = line;
      s.firstInvalidByte = b;
    }
  }
}
