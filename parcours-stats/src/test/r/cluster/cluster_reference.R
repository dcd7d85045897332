# Reference values for fr.parcours.stats.cluster (Ward / cutree / PAM / silhouette).
#
# Run from the repository root:
#   Rscript parcours-stats/src/test/r/cluster/cluster_reference.R
# Reads  parcours-stats/src/test/resources/cluster/data/*.csv
# Writes parcours-stats/src/test/resources/cluster/*.csv
#
# Calls (stats / cluster packages):
#   hclust(d, method = "ward.D2")                     merges, heights
#   hclust(d, method = "ward.D2", members = w)        weighted (mvad$weight)
#   cutree(h, k = 2:8)                                cluster numbers
#   pam(d, k, diss = TRUE)                            medoids, clustering, objective
#   pam(...)$silinfo                                  per-observation silhouette widths
# Numbers are written with 17 significant digits (exact round trip).
suppressPackageStartupMessages(library(cluster))
res  <- "parcours-stats/src/test/resources/cluster"
data <- file.path(res, "data")
f17 <- function(x) sprintf("%.17g", x)

lung <- read.csv(file.path(data, "lung.csv"))
lung <- lung[complete.cases(lung[, c("age", "ph.karno", "wt.loss")]), c("age", "ph.karno", "wt.loss")]
vet  <- read.csv(file.path(data, "veteran.csv"))[, c("karno", "diagtime", "age")]
mvad <- read.csv(file.path(data, "mvad.csv"))
S <- as.matrix(mvad[, 15:86])                      # the 72 monthly states
H <- matrix(0, nrow(S), nrow(S))
for (t in seq_len(ncol(S))) H <- H + outer(S[, t], S[, t], "!=")   # Hamming distance

sets <- list(
  lung    = list(d = dist(lung),  k = 3, rows = rownames(lung)),
  veteran = list(d = dist(vet),   k = 4, rows = rownames(vet)),
  mvad    = list(d = as.dist(H),  k = 4, rows = as.character(seq_len(nrow(mvad)))))

writeWard <- function(h, name) {
  write.csv(data.frame(step = seq_along(h$height), merge1 = h$merge[, 1], merge2 = h$merge[, 2],
                       height = f17(h$height)),
            file.path(res, paste0("ward_", name, ".csv")), row.names = FALSE, quote = FALSE)
  writeLines(paste(h$order, collapse = " "), file.path(res, paste0("ward_", name, "_order.txt")))
  ct <- cutree(h, k = 2:8)
  colnames(ct) <- paste0("k", 2:8)
  write.csv(ct, file.path(res, paste0("ward_", name, "_cutree.csv")), row.names = FALSE, quote = FALSE)
}

meta <- c(paste("R", R.version$major, R.version$minor, R.version$`svn rev`),
          paste("cluster", packageVersion("cluster")))
for (name in names(sets)) {
  s <- sets[[name]]
  h <- hclust(s$d, method = "ward.D2")
  writeWard(h, name)
  meta <- c(meta, sprintf("ward_%s: hclust(d, method = \"ward.D2\"); cutree(h, k = 2:8)", name),
            sprintf("pam_%s_k%d: pam(d, k = %d, diss = TRUE)", name, s$k, s$k))
  p <- pam(s$d, k = s$k, diss = TRUE)
  sil <- p$silinfo$widths
  obs <- as.integer(rownames(sil))
  # Map R row names back to 1-based observation positions
  pos <- match(rownames(sil), s$rows)
  o <- order(pos)
  write.csv(data.frame(obs = pos[o], cluster = sil[o, "cluster"], neighbor = sil[o, "neighbor"],
                       sil_width = f17(sil[o, "sil_width"])),
            file.path(res, sprintf("pam_%s_k%d.csv", name, s$k)), row.names = FALSE, quote = FALSE)
  writeLines(c(paste0("medoids=", paste(match(as.character(p$id.med), seq_along(s$rows)), collapse = " ")),
               paste0("clustering=", paste(p$clustering, collapse = " ")),
               paste0("objective_build=", f17(p$objective[["build"]])),
               paste0("objective_swap=", f17(p$objective[["swap"]])),
               paste0("avg_width=", f17(p$silinfo$avg.width)),
               paste0("clus_avg_widths=", paste(f17(p$silinfo$clus.avg.widths), collapse = " ")),
               sprintf("call=pam(d, k = %d, diss = TRUE)", s$k)),
             file.path(res, sprintf("pam_%s_k%d_summary.txt", name, s$k)))
}
# Weighted Ward (members = sample weights), as WeightedCluster recommends for weighted data
hw <- hclust(as.dist(H), method = "ward.D2", members = mvad$weight)
writeWard(hw, "mvad_weighted")
meta <- c(meta, "ward_mvad_weighted: hclust(d, method = \"ward.D2\", members = mvad$weight); cutree(h, k = 2:8)")
writeLines(meta, file.path(res, "VERSIONS.txt"))
