package fr.parcours.exchange.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.parcours.model.ParcoursException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
  @TempDir Path tmp;
  Path log;

  @BeforeEach
  void fiveLines() {
    log = tmp.resolve("journal-audit.jsonl");
    for (int i = 1; i <= 5; i++) AuditLog.append(log, "essai", Map.of("i", i, "convention", "c"));
  }

  @Test
  void intactLogVerifies() {
    List<AuditLog.Entry> e = AuditLog.verify(log);
    assertThat(e).hasSize(5);
    assertThat(e.get(4).details()).containsEntry("i", 5);
  }

  @Test
  void editIsDetected() throws Exception {
    List<String> l = lines();
    l.set(2, l.get(2).replace("\"i\":3", "\"i\":4"));
    Files.write(log, l);
    assertThatThrownBy(() -> AuditLog.verify(log)).isInstanceOf(ParcoursException.class).hasMessageContaining("ligne 3").hasMessageContaining("modifiée");
  }

  @Test
  void deletionInTheMiddleIsDetected() throws Exception {
    List<String> l = lines();
    l.remove(1);
    Files.write(log, l);
    assertThatThrownBy(() -> AuditLog.verify(log)).hasMessageContaining("ligne 2").hasMessageContaining("supprimées ou déplacées");
  }

  @Test
  void deletionAtTheEndIsDetected() throws Exception {
    List<String> l = lines();
    l.remove(4);
    Files.write(log, l);
    assertThatThrownBy(() -> AuditLog.verify(log)).hasMessageContaining("lignes de fin ont été supprimées");
  }

  @Test
  void reorderingIsDetected() throws Exception {
    List<String> l = lines();
    String a = l.get(1);
    l.set(1, l.get(3));
    l.set(3, a);
    Files.write(log, l);
    assertThatThrownBy(() -> AuditLog.verify(log)).hasMessageContaining("ligne 2");
  }

  List<String> lines() throws Exception {
    return new ArrayList<>(Files.readAllLines(log));
  }
}
