package fr.parcours.ingest.synthetic;

import fr.parcours.model.ParcoursException;
import java.util.SplittableRandom;

/** Dirt injection: not written yet (next commit); a dirty extract is refused rather than faked. */
final class DirtInjector {
  DirtInjector(GeneratorSettings s, SimPerson p, PersonRows rows, SplittableRandom rng, ChunkOutput out) {
    throw new ParcoursException("l'injection des salissures n'est pas encore disponible : relancez avec --dirt 0.");
  }

  String apply() {
    return null;
  }
}
