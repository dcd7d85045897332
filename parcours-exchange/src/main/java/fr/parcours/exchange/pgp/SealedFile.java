package fr.parcours.exchange.pgp;

import fr.parcours.model.ParcoursException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Date;
import java.util.Iterator;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.openpgp.PGPEncryptedData;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPMarker;
import org.bouncycastle.openpgp.PGPOnePassSignature;
import org.bouncycastle.openpgp.PGPOnePassSignatureList;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyEncryptedData;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRingCollection;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.jcajce.JcaPGPObjectFactory;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentVerifierBuilderProvider;
import org.bouncycastle.openpgp.operator.jcajce.JcePGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePublicKeyDataDecryptorFactoryBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePublicKeyKeyEncryptionMethodGenerator;

/**
 * A file signed by the sender then encrypted to the recipient, as {@code gpg --sign --encrypt}
 * does (one-pass signature, literal data, signature, inside an integrity-protected AES-256
 * packet): the recipient can open it with GnuPG as well as with Parcours.
 */
public final class SealedFile {
  private SealedFile() {}

  /** Signs {@code plain} with the signer's key and encrypts it to {@code recipient} into {@code out}. */
  public static void seal(Path plain, Path out, PGPPublicKey recipient, PGPSecretKey signer, char[] signerPassphrase, Path signerFile) {
    PGPPrivateKey signing = Pgp.unlock(signer, signerPassphrase, signerFile);
    try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out))) {
      PGPEncryptedDataGenerator enc = new PGPEncryptedDataGenerator(new JcePGPDataEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256)
          .setWithIntegrityPacket(true).setSecureRandom(new SecureRandom()).setProvider(Pgp.BC));
      enc.addMethod(new JcePublicKeyKeyEncryptionMethodGenerator(recipient).setProvider(Pgp.BC));
      try (OutputStream encOut = enc.open(file, new byte[1 << 16])) {
        PGPSignatureGenerator sg = new PGPSignatureGenerator(
            new JcaPGPContentSignerBuilder(signer.getPublicKey().getAlgorithm(), HashAlgorithmTags.SHA256).setProvider(Pgp.BC), signer.getPublicKey());
        sg.init(PGPSignature.BINARY_DOCUMENT, signing);
        sg.generateOnePassVersion(false).encode(encOut);
        PGPLiteralDataGenerator lit = new PGPLiteralDataGenerator();
        try (OutputStream litOut = lit.open(encOut, PGPLiteralData.BINARY, plain.getFileName().toString(), new Date(), new byte[1 << 16]);
            InputStream in = new BufferedInputStream(Files.newInputStream(plain))) {
          byte[] buf = new byte[1 << 16];
          int n;
          while ((n = in.read(buf)) > 0) {
            litOut.write(buf, 0, n);
            sg.update(buf, 0, n);
          }
        }
        sg.generate().encode(encOut);
      }
    } catch (IOException | PGPException e) {
      throw new ParcoursException("Chiffrement impossible vers " + out + " : " + e.getMessage(), e);
    }
  }

  /**
   * Decrypts {@code sealed} with the recipient's secret key, writes the content to {@code plainOut}
   * and checks the signature against {@code signers}. Any failure is a French
   * {@link ParcoursException}; {@code plainOut} is then deleted.
   *
   * @return the fingerprint of the key that signed
   */
  public static String open(Path sealed, Path plainOut, PGPSecretKeyRingCollection recipientKeys, char[] passphrase, Path keyFile,
      PGPPublicKeyRingCollection signers) {
    boolean ok = false;
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(sealed))) {
      JcaPGPObjectFactory f = new JcaPGPObjectFactory(PGPUtil.getDecoderStream(raw));
      Object o = f.nextObject();
      if (o instanceof PGPMarker) o = f.nextObject();
      if (!(o instanceof PGPEncryptedDataList list)) throw damaged(sealed, "pas de données chiffrées OpenPGP");
      PGPPublicKeyEncryptedData data = null;
      PGPSecretKey key = null;
      for (Iterator<PGPEncryptedData> it = list.getEncryptedDataObjects(); it.hasNext(); ) {
        PGPEncryptedData d = it.next();
        if (d instanceof PGPPublicKeyEncryptedData pk && recipientKeys.getSecretKey(pk.getKeyID()) != null) {
          data = pk;
          key = recipientKeys.getSecretKey(pk.getKeyID());
        }
      }
      if (data == null) {
        throw new ParcoursException("Le paquet " + sealed + " n'est pas chiffré pour la clé " + keyFile
            + " : mauvaise clé. Utilisez la clé secrète du destinataire prévu par la convention. Rien n'a été écrit.");
      }
      PGPPrivateKey pk = Pgp.unlock(key, passphrase, keyFile);
      InputStream clear = data.getDataStream(new JcePublicKeyDataDecryptorFactoryBuilder().setProvider(Pgp.BC).build(pk));
      JcaPGPObjectFactory pf = new JcaPGPObjectFactory(clear);
      Object first = pf.nextObject();
      if (!(first instanceof PGPOnePassSignatureList ops)) throw damaged(sealed, "le contenu n'est pas signé");
      PGPOnePassSignature op = ops.get(0);
      PGPPublicKey signer = signers.getPublicKey(op.getKeyID());
      if (signer == null) {
        throw new ParcoursException("Le paquet " + sealed + " est signé par une clé inconnue (" + Long.toHexString(op.getKeyID()).toUpperCase()
            + ") et non par le responsable attendu. N'ouvrez pas ce paquet ; prévenez le responsable. Rien n'a été écrit.");
      }
      op.init(new JcaPGPContentVerifierBuilderProvider().setProvider(Pgp.BC), signer);
      Object lit = pf.nextObject();
      if (!(lit instanceof PGPLiteralData ld)) throw damaged(sealed, "contenu absent");
      try (InputStream in = ld.getInputStream(); OutputStream out = new BufferedOutputStream(Files.newOutputStream(plainOut))) {
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = in.read(buf)) > 0) {
          out.write(buf, 0, n);
          op.update(buf, 0, n);
        }
      }
      Object sigs = pf.nextObject();
      if (!(sigs instanceof PGPSignatureList sl) || !op.verify(sl.get(0))) {
        throw new ParcoursException("La signature du paquet " + sealed + " est invalide : le paquet a été modifié. N'utilisez pas ce paquet. Rien n'a été écrit.");
      }
      if (!data.isIntegrityProtected() || !data.verify()) throw damaged(sealed, "contrôle d'intégrité en échec");
      ok = true;
      return Pgp.fingerprint(signer);
    } catch (IOException | PGPException | RuntimeException e) {
      if (e instanceof ParcoursException pe) throw pe;
      throw damaged(sealed, e.getMessage());
    } finally {
      if (!ok) {
        try {
          Files.deleteIfExists(plainOut);
        } catch (IOException ignored) {
          // best effort: the caller removes its temporary folder too
        }
      }
    }
  }

  private static ParcoursException damaged(Path p, String why) {
    return new ParcoursException("Le paquet " + p + " est altéré ou illisible (" + why + ") : il a été modifié ou tronqué en route. "
        + "Demandez un nouvel envoi au responsable. Rien n'a été écrit.");
  }
}
