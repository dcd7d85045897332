package fr.parcours.exchange.pgp;

import fr.parcours.model.ParcoursException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Security;
import java.util.Date;
import java.util.Iterator;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRingCollection;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.PGPDigestCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcaKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyPair;
import org.bouncycastle.openpgp.operator.jcajce.JcePBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePBESecretKeyEncryptorBuilder;

/**
 * OpenPGP keys with BouncyCastle: generation of a key pair (RSA, a signing primary key and an
 * encryption subkey, secret key protected by a passphrase), reading armored key files.
 */
public final class Pgp {
  static {
    if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) Security.addProvider(new BouncyCastleProvider());
  }

  static final String BC = BouncyCastleProvider.PROVIDER_NAME;

  private Pgp() {}

  /** Writes {@code name.asc} (public) and {@code name.secret.asc} (secret) to files; returns the key's fingerprint. */
  public static String generate(String userId, char[] passphrase, int bits, Path publicFile, Path secretFile) {
    for (Path p : new Path[] {publicFile, secretFile}) {
      if (Files.exists(p)) throw new ParcoursException(p + " existe déjà : une clé n'est jamais écrasée. Choisissez un autre nom.");
    }
    try {
      KeyPairGenerator kpg = KeyPairGenerator.getInstance("RSA", BC);
      kpg.initialize(bits, new SecureRandom());
      Date now = new Date();
      PGPKeyPair sign = new JcaPGPKeyPair(PGPPublicKey.RSA_GENERAL, kpg.generateKeyPair(), now);
      PGPKeyPair enc = new JcaPGPKeyPair(PGPPublicKey.RSA_GENERAL, kpg.generateKeyPair(), now);
      PGPSignatureSubpacketGenerator signPackets = new PGPSignatureSubpacketGenerator();
      signPackets.setKeyFlags(false, KeyFlags.SIGN_DATA | KeyFlags.CERTIFY_OTHER);
      signPackets.setPreferredHashAlgorithms(false, new int[] {HashAlgorithmTags.SHA256});
      signPackets.setPreferredSymmetricAlgorithms(false, new int[] {SymmetricKeyAlgorithmTags.AES_256});
      PGPSignatureSubpacketGenerator encPackets = new PGPSignatureSubpacketGenerator();
      encPackets.setKeyFlags(false, KeyFlags.ENCRYPT_COMMS | KeyFlags.ENCRYPT_STORAGE);
      PGPDigestCalculator sha1 = new JcaPGPDigestCalculatorProviderBuilder().build().get(HashAlgorithmTags.SHA1);
      PGPKeyRingGenerator gen = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, sign, userId, sha1, signPackets.generate(), null,
          new JcaPGPContentSignerBuilder(sign.getPublicKey().getAlgorithm(), HashAlgorithmTags.SHA256),
          passphrase == null ? null : new JcePBESecretKeyEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256, sha1).setProvider(BC).build(passphrase));
      gen.addSubKey(enc, encPackets.generate(), null);
      writeArmored(publicFile, gen.generatePublicKeyRing().getEncoded());
      writeArmored(secretFile, gen.generateSecretKeyRing().getEncoded());
      return fingerprint(sign.getPublicKey());
    } catch (java.security.GeneralSecurityException | PGPException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String fingerprint(PGPPublicKey k) {
    StringBuilder sb = new StringBuilder();
    for (byte b : k.getFingerprint()) sb.append(String.format("%02X", b));
    return sb.toString();
  }

  private static void writeArmored(Path file, byte[] encoded) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".cle-", ".tmp");
      try (OutputStream out = new ArmoredOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
        out.write(encoded);
      }
      Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new ParcoursException("Écriture impossible de la clé " + file + " : " + e.getMessage(), e);
    }
  }

  /** All public key rings of an armored or binary file. */
  public static PGPPublicKeyRingCollection readPublic(Path file) {
    try (InputStream in = PGPUtil.getDecoderStream(Files.newInputStream(file))) {
      return new PGPPublicKeyRingCollection(in, new JcaKeyFingerprintCalculator());
    } catch (NoSuchFileException e) {
      throw new ParcoursException("Clé publique introuvable : " + file + ".");
    } catch (IOException | PGPException | RuntimeException e) {
      throw new ParcoursException(file + " n'est pas une clé publique OpenPGP lisible (" + e.getMessage() + ").");
    }
  }

  /** All secret key rings of an armored or binary file. */
  public static PGPSecretKeyRingCollection readSecret(Path file) {
    try (InputStream in = PGPUtil.getDecoderStream(Files.newInputStream(file))) {
      return new PGPSecretKeyRingCollection(in, new JcaKeyFingerprintCalculator());
    } catch (NoSuchFileException e) {
      throw new ParcoursException("Clé secrète introuvable : " + file + ".");
    } catch (IOException | PGPException | RuntimeException e) {
      throw new ParcoursException(file + " n'est pas une clé secrète OpenPGP lisible (" + e.getMessage() + ").");
    }
  }

  /** The first key of the file that can encrypt. */
  public static PGPPublicKey encryptionKey(Path file) {
    for (Iterator<PGPPublicKeyRing> rings = readPublic(file).getKeyRings(); rings.hasNext(); ) {
      for (Iterator<PGPPublicKey> keys = rings.next().getPublicKeys(); keys.hasNext(); ) {
        PGPPublicKey k = keys.next();
        if (k.isEncryptionKey() && !k.isMasterKey()) return k;
      }
    }
    throw new ParcoursException(file + " ne contient pas de clé de chiffrement OpenPGP. Générez-la avec parcours pgp keygen.");
  }

  /** The signing (primary) secret key of the file. */
  public static PGPSecretKey signingKey(Path file) {
    var rings = readSecret(file).getKeyRings();
    if (rings.hasNext()) {
      PGPSecretKey k = rings.next().getSecretKey();
      if (k.isSigningKey()) return k;
    }
    throw new ParcoursException(file + " ne contient pas de clé de signature OpenPGP.");
  }

  static PGPPrivateKey unlock(PGPSecretKey k, char[] passphrase, Path file) {
    try {
      return k.extractPrivateKey(new JcePBESecretKeyDecryptorBuilder().setProvider(BC).build(passphrase == null ? new char[0] : passphrase));
    } catch (PGPException e) {
      throw new ParcoursException("Phrase secrète incorrecte pour la clé " + file + ". Vérifiez PARCOURS_PASSPHRASE ou la saisie.");
    }
  }
}
