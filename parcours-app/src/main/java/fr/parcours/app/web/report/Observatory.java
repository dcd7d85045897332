package fr.parcours.app.web.report;

import fr.parcours.app.web.auth.Role;
import fr.parcours.engine.summary.ExtractSummaries;
import fr.parcours.engine.summary.ExtractSummary;
import fr.parcours.engine.trajectory.CohortReport;
import fr.parcours.engine.trajectory.PublishedTable;
import fr.parcours.engine.trajectory.TrajectoryBuild;
import fr.parcours.engine.workspace.Workspace;
import fr.parcours.model.ParcoursException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All figures of a workspace, computed once from its latest extract and kept in memory (the
 * workspace is only replaced whole, by an atomic rename, so a figure set is recomputed when the
 * database file changes). Cohort tables are computed on first demand per (axis, crossing) — a
 * finite set, since filters are whitelisted. Thread-safe.
 */
public final class Observatory {
  private static final long CHECK_MILLIS = 5_000;

  private final Path workspace;
  private final Protection protection;
  private volatile Snapshot snapshot;
  private volatile long checkedAt;

  /** The figures of one state of the workspace. */
  public record Snapshot(FileTime stamp, ExtractSummary summary, boolean trajectories, Map<String, Figure> figures,
      Map<String, List<PublishedTable>> cohorts) {}

  public Observatory(Path workspace, int threshold) {
    this.workspace = workspace.toAbsolutePath().normalize();
    this.protection = new Protection(threshold);
    this.snapshot = compute();
    this.checkedAt = System.currentTimeMillis();
  }

  public Path workspace() {
    return workspace;
  }

  public int threshold() {
    return protection.threshold();
  }

  /** The current figures (recomputed if the workspace database changed). */
  public Snapshot current() {
    long now = System.currentTimeMillis();
    if (now - checkedAt > CHECK_MILLIS) {
      synchronized (this) {
        if (now - checkedAt > CHECK_MILLIS) {
          checkedAt = now;
          if (!stamp().equals(snapshot.stamp())) snapshot = compute();
        }
      }
    }
    return snapshot;
  }

  /** Figures of a page that {@code role} may see, in catalogue order. */
  public List<Figure> figures(Page page, Role role, CohortQuery q) {
    List<Figure> out = new ArrayList<>();
    for (Catalog.Entry e : Catalog.ENTRIES) {
      if (e.page() != page || !role.atLeast(e.minRole())) continue;
      figure(e.id(), q).ifPresent(out::add);
    }
    return out;
  }

  /** One figure by id (the cohort figure for the given filters). */
  public Optional<Figure> figure(String id, CohortQuery q) {
    Snapshot s = current();
    if (id.equals(CohortFigures.ID)) {
      if (!s.trajectories()) return Optional.of(notBuilt(id, Page.COHORTS, "Tableaux de cohortes"));
      List<PublishedTable> tables = s.cohorts().computeIfAbsent(q.tablesKey(), k -> cohortTables(q));
      return Optional.of(CohortFigures.figure(tables, q, protection.threshold()));
    }
    return Optional.ofNullable(s.figures().get(id));
  }

  /** Indicator names of the cohort tables (for the filter's list), with their titles. */
  public Map<String, String> cohortIndicators() {
    Snapshot s = current();
    Map<String, String> out = new LinkedHashMap<>();
    if (!s.trajectories()) return out;
    for (PublishedTable t : s.cohorts().computeIfAbsent(CohortQuery.DEFAULT.tablesKey(), k -> cohortTables(CohortQuery.DEFAULT))) {
      out.put(t.name(), t.title());
    }
    return out;
  }

  private List<PublishedTable> cohortTables(CohortQuery q) {
    synchronized (this) {
      try (Workspace w = Workspace.open(workspace)) {
        return CohortReport.protect(CohortReport.compute(w, q.spec()), protection.threshold());
      }
    }
  }

  private FileTime stamp() {
    try {
      return Files.getLastModifiedTime(workspace.resolve(Workspace.DATABASE));
    } catch (IOException e) {
      throw new ParcoursException("Workspace illisible : " + workspace + " (" + e.getMessage() + ").", e);
    }
  }

  private synchronized Snapshot compute() {
    FileTime stamp = stamp();
    try (Workspace w = Workspace.open(workspace)) {
      ExtractSummary s = ExtractSummaries.latest(w);
      boolean built = TrajectoryBuild.built(w);
      List<Figure> all = new ArrayList<>();
      all.addAll(OverviewFigures.build(w, s, built, protection));
      all.addAll(QualityFigures.build(w, s, built, protection));
      if (built) {
        all.addAll(PathFigures.build(w, s.extractId(), protection));
        all.addAll(YoungAdultFigures.build(w, s.extractId(), protection));
        all.addAll(TerritoryFigures.build(w, s.extractId(), s.extractDate().getYear(), protection));
        all.addAll(TypologyFigures.build(w, s.extractId(), protection));
      }
      Map<String, Figure> byId = new LinkedHashMap<>();
      for (Figure f : all) {
        Catalog.Entry e = Catalog.find(f.id()).orElseThrow(() -> new IllegalStateException("figure hors catalogue : " + f.id()));
        if (e.minRole() != f.minRole() || !e.page().id().equals(f.page())) throw new IllegalStateException("figure mal cataloguée : " + f.id());
        byId.put(f.id(), f);
      }
      for (Catalog.Entry e : Catalog.ENTRIES) {
        if (!byId.containsKey(e.id()) && !e.id().equals(CohortFigures.ID)) {
          byId.put(e.id(), built ? Figure.unavailable(e.id(), e.page().id(), "Figure non disponible", e.minRole(),
              "Données insuffisantes pour publier cette figure sans petit effectif.") : notBuilt(e.id(), e.page(), "Figure non disponible"));
        }
      }
      return new Snapshot(stamp, s, built, Map.copyOf(byId), new ConcurrentHashMap<>());
    }
  }

  private Figure notBuilt(String id, Page page, String title) {
    Role min = Catalog.find(id).map(Catalog.Entry::minRole).orElse(Role.ANALYST);
    return Figure.unavailable(id, page.id(), title, min,
        "Les trajectoires ne sont pas construites pour le dernier extrait : lancez parcours trajectories --workspace " + workspace + ".");
  }
}
