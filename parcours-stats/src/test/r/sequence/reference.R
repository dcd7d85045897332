# Reference values for fr.parcours.stats.sequence, in base R only.
#
# TraMineR cannot be installed on the build machine (no CRAN access), so this script transcribes,
# literally, the definitions of TraMineR 2.2-12 (CRAN mirror github.com/cran/TraMineR) that the
# Java code claims to match. Each function names the file it transcribes. Run from the module root:
#
#   Rscript src/test/r/sequence/reference.R
#
# It reads src/test/resources/sequence/{mvad,biofam}.csv and writes
# src/test/resources/sequence/expected/*.csv (17 significant digits, so values read back exactly).
#
# Alphabet convention: sorted distinct states in code-point order, i.e. sort(..., method = "radix")
# (C locale), which is the order Parcours uses (Java String natural order). TraMineR's seqdef()
# sorts with the session locale; the order only permutes rows/columns of the outputs.

res <- "src/test/resources/sequence"
out <- file.path(res, "expected")
dir.create(out, showWarnings = FALSE)
rver <- R.version.string

write_expected <- function(x, name, call) {
  f <- file.path(out, name)
  con <- file(f, "w")
  writeLines(paste0("# ", rver, "; base-R transcription of TraMineR 2.2-12"), con)
  writeLines(paste0("# stands for: ", call), con)
  if (is.null(dim(x))) x <- matrix(x, ncol = 1)
  for (i in seq_len(nrow(x))) writeLines(paste(sprintf("%.17g", x[i, ]), collapse = ","), con)
  close(con)
}

# ---------------------------------------------------------------- data
mvad <- read.csv(file.path(res, "mvad.csv"), stringsAsFactors = FALSE, check.names = FALSE)
mvad.seq <- as.matrix(mvad[, 15:86])
mvad.w <- mvad$weight
mvad.alph <- sort(unique(as.vector(mvad.seq)), method = "radix")

biofam <- read.csv(file.path(res, "biofam.csv"), stringsAsFactors = FALSE, colClasses = "character")
bio.seq <- as.matrix(biofam[, paste0("a", 15:30)])
bio.w <- rep(1, nrow(bio.seq))
bio.alph <- sort(unique(as.vector(bio.seq)), method = "radix")

# ---------------------------------------------------------------- R/entropy.R
entropy <- function(distrib, base = exp(1)) {
  distrib <- distrib[distrib != 0]
  p <- distrib / sum(distrib)
  e <- -sum(p * log(p, base = base))
  return(e)
}

# ---------------------------------------------------------------- R/seqstatd.R
seqstatd_t <- function(seqdata, statl, weights) {
  nbstat <- length(statl); seql <- ncol(seqdata)
  sd <- matrix(nrow = nbstat, ncol = seql)
  for (i in 1:nbstat) for (j in 1:seql) sd[i, j] <- sum((seqdata[, j] == statl[i]) * weights)
  N <- apply(sd, 2, sum)
  for (i in 1:seql) sd[, i] <- sd[, i] / N[i]
  E <- apply(sd, 2, entropy)
  E.max <- entropy(rep(1 / nbstat, nbstat))
  E <- E / E.max
  list(Frequencies = sd, ValidStates = N, Entropy = E)
}

# ---------------------------------------------------------------- R/seqtrate.R (time.varying = FALSE / TRUE, lag = 1, no missing)
seqtrate_t <- function(seqdata, sel.states, weights, time.varying = FALSE) {
  nbetat <- length(sel.states); sdur <- ncol(seqdata); lag <- 1
  alltransition <- 1:(sdur - lag)
  if (time.varying) {
    tmat <- array(0, dim = c(nbetat, nbetat, length(alltransition)))
    for (sl in alltransition) {
      for (x in 1:nbetat) {
        colxcond <- seqdata[, sl] == sel.states[x]
        PA <- sum(weights[colxcond])
        if (PA == 0) tmat[x, , sl] <- 0
        else for (y in 1:nbetat) {
          PAB <- sum(weights[colxcond & seqdata[, sl + lag] == sel.states[y]])
          tmat[x, y, sl] <- PAB / PA
        }
      }
    }
    return(tmat)
  }
  tmat <- matrix(0, nrow = nbetat, ncol = nbetat)
  missingcond <- matrix(TRUE, nrow = nrow(seqdata), ncol = length(alltransition))
  for (x in 1:nbetat) {
    colxcond <- seqdata[, alltransition] == sel.states[x]
    PA <- sum(weights * rowSums(colxcond & missingcond))
    if (PA == 0) tmat[x, ] <- 0
    else for (y in 1:nbetat) {
      PAB <- sum(weights * rowSums(colxcond & seqdata[, alltransition + lag] == sel.states[y]))
      tmat[x, y] <- PAB / PA
    }
  }
  tmat
}

# ---------------------------------------------------------------- R/seqistatd.R, R/seqmeant.R
seqistatd_t <- function(seqdata, statl) {
  iseqtab <- matrix(nrow = nrow(seqdata), ncol = length(statl))
  for (i in seq_along(statl)) iseqtab[, i] <- apply(seqdata, 1, function(x) sum(x == statl[i], na.rm = TRUE))
  iseqtab
}
seqmeant_t <- function(seqdata, statl, weights) {
  istatd <- seqistatd_t(seqdata, statl)
  wtot <- sum(weights)
  mtime <- apply(istatd * weights, 2, sum)
  mtime / wtot
}

# ---------------------------------------------------------------- R/seqient.R (norm = TRUE and FALSE, base = e)
seqient_t <- function(seqdata, statl, norm) {
  iseqtab <- seqistatd_t(seqdata, statl)
  ient <- apply(iseqtab, 1, entropy)
  if (norm) ient <- ient / log(length(statl))
  ient
}

# ---------------------------------------------------------------- R/seqdss.R, R/seqdur.R (spells of one sequence)
spells <- function(x) { r <- rle(as.vector(x)); list(states = r$values, dur = r$lengths) }

# ---------------------------------------------------------------- R/seqsubsn.R (nsubs)
nsubs <- function(x, nbstat, statlist) {
  l <- vector(mode = "integer", nbstat)
  slength <- length(x)
  N <- vector(mode = "integer", (slength + 1))
  N[1] <- 1
  for (i in 2:(slength + 1)) {
    N[i] <- 2 * N[i - 1]
    cidx <- which(statlist == x[i - 1])
    if (l[cidx] > 0) N[i] <- N[i] - N[l[cidx]]
    l[cidx] <- i - 1
  }
  return(N[(slength + 1)])
}

# ---------------------------------------------------------------- R/seqivardur.R (type = 1)
realvar <- function(x) { n <- sum(!is.na(x)); 1 / n * sum((x - mean(x, na.rm = TRUE))^2, na.rm = TRUE) }

# ---------------------------------------------------------------- R/seqST.R (type = 1), norm FALSE/TRUE
turb <- function(phi, s2.tx, s2max) log2(phi * ((s2max + 1) / (s2.tx + 1)))
seqST_t <- function(seqdata, statl, norm) {
  Tx <- apply(seqdata, 1, function(x) {
    s <- spells(x)
    phi <- nsubs(s$states, length(statl), statl)
    ret <- realvar(s$dur)
    meand <- mean(s$dur)
    var.max <- (length(s$dur) - 1) * (1 - meand)^2
    turb(phi, ret, var.max)
  })
  if (norm) {
    maxlength <- ncol(seqdata)
    nrep <- ceiling(maxlength / length(statl))
    turb.seq <- rep(statl, nrep)[1:maxlength]
    turb.phi <- if (length(statl) > 1) nsubs(turb.seq, length(statl), statl) else 2
    s <- spells(turb.seq)
    turb.s2 <- realvar(s$dur)
    turb.s2.max <- (length(s$dur) - 1) * (1 - mean(s$dur))^2
    maxT <- turb(turb.phi, turb.s2, turb.s2.max)
    Tx.zero <- which(Tx < 1)
    Tx <- (Tx - 1) / as.numeric(maxT - 1)
    if (length(Tx.zero) > 0) Tx[Tx.zero] <- 0
  }
  Tx
}

# ---------------------------------------------------------------- R/seqtransn.R, R/seqici.R
seqtransn_t <- function(seqdata, norm) {
  trans <- apply(seqdata, 1, function(x) length(spells(x)$states) - 1)
  if (norm) trans <- trans / (ncol(seqdata) - 1)
  trans
}
seqici_t <- function(seqdata, statl) sqrt(seqtransn_t(seqdata, TRUE) * seqient_t(seqdata, statl, TRUE))

# ---------------------------------------------------------------- R/seqcost.R
trate_costs <- function(seqdata, statl, weights, cval = 2) {
  tr <- seqtrate_t(seqdata, statl, weights)
  tmat <- nrow(tr); costs <- matrix(nrow = tmat, ncol = tmat); diag(costs) <- 0
  for (i in 1:(tmat - 1)) for (j in (i + 1):tmat) {
    cost <- cval - tr[i, j] - tr[j, i]; costs[i, j] <- cost; costs[j, i] <- cost
  }
  list(sm = costs, indel = 0.5 * max(costs))
}
trate_costs_tv <- function(seqdata, statl, weights, cval = 4) {
  tr <- seqtrate_t(seqdata, statl, weights, time.varying = TRUE)
  tmat <- nrow(tr); time <- ncol(seqdata)
  costs <- array(0, dim = c(tmat, tmat, time))
  tratecostBoth <- function(trate, time, state1, state2, debut, fin) {
    cost <- 0
    if (!debut) cost <- cost - trate[state1, state2, time - 1] - trate[state2, state1, time - 1]
    if (!fin) cost <- cost - trate[state1, state2, time] - trate[state2, state1, time]
    if (!debut && !fin) return(cost + cval) else return(cval + 2 * cost)
  }
  for (t in 1:time) for (i in 1:(tmat - 1)) for (j in (i + 1):tmat) {
    cost <- max(0, tratecostBoth(tr, t, i, j, t == 1, t == time))
    costs[i, j, t] <- cost; costs[j, i, t] <- cost
  }
  costs
}
constant_costs <- function(n, cval) { costs <- matrix(cval, n, n); diag(costs) <- 0; costs }

# ---------------------------------------------------------------- src/distancecalculator.h normalizeDistance
NORMS <- c("none", "maxlength", "gmean", "maxdist", "YujianBo")
normalize <- function(rawdist, maxdist, l1, l2, norm) {
  if (rawdist == 0) return(0)
  switch(norm,
    none = rawdist,
    maxlength = if (l1 > l2) rawdist / l1 else if (l2 > 0) rawdist / l2 else 0,
    gmean = if (l1 * l2 == 0) { if (l1 != l2) 1 else 0 } else 1 - ((maxdist - rawdist) / (2 * l1^0.5 * l2^0.5)),
    maxdist = if (maxdist == 0) 1 else rawdist / maxdist,
    YujianBo = if (maxdist == 0) 1 else (2 * rawdist) / (rawdist + maxdist))
}

# ---------------------------------------------------------------- src/OMdistance.cpp (OMdistance::distance)
om_pair <- function(a, b, sm, indel, norm) {
  m <- length(a); n <- length(b)
  maxscost <- 0
  if (norm == "YujianBo") maxscost <- 2 * indel else {
    for (i in 1:nrow(sm)) for (j in seq_len(nrow(sm))) if (j > i && sm[i, j] > maxscost) maxscost <- sm[i, j]
    maxscost <- min(maxscost, 2 * indel)
  }
  i <- 1; j <- 1; mSuf <- m + 1; nSuf <- n + 1; prefix <- 0
  while (i < mSuf && j < nSuf && a[i] == b[j]) { i <- i + 1; j <- j + 1; prefix <- prefix + 1 }
  while (mSuf > i && nSuf > j && a[mSuf - 1] == b[nSuf - 1]) { mSuf <- mSuf - 1; nSuf <- nSuf - 1 }
  rows <- mSuf - prefix; cols <- nSuf - prefix      # F[r + 1, c + 1] is fmat(r, c)
  F <- matrix(0, rows, cols)
  F[, 1] <- (0:(rows - 1)) * indel; F[1, ] <- (0:(cols - 1)) * indel
  if (rows > 1 && cols > 1) for (jj in 2:cols) {
    bj <- b[prefix + jj - 1]
    for (ii in 2:rows) {
      ai <- a[prefix + ii - 1]
      minimum <- F[ii, jj - 1]
      j_indel <- F[ii - 1, jj]
      if (j_indel < minimum) minimum <- j_indel
      minimum <- minimum + indel
      sub <- if (ai == bj) F[ii - 1, jj - 1] else F[ii - 1, jj - 1] + sm[ai, bj]
      F[ii, jj] <- if (sub < minimum) sub else minimum
    }
  }
  maxpossiblecost <- abs(n - m) * indel + maxscost * min(m, n)
  normalize(F[rows, cols], maxpossiblecost, m * indel, n * indel, norm)
}

# ---------------------------------------------------------------- src/OMPerdistance.cpp + .h (OMspell)
omspell_pair <- function(a, b, sm, indels, indel, timecost, tpow, norm) {
  sa <- spells(a); sb <- spells(b)
  da <- sa$dur^tpow - 1; db <- sb$dur^tpow - 1
  xa <- sa$states; xb <- sb$states
  m <- length(xa); n <- length(xb); nn <- length(a); mm <- length(b)
  maxscost <- 0
  if (norm == "YujianBo") maxscost <- 2 * indel else {
    for (i in 1:nrow(sm)) for (j in seq_len(nrow(sm))) if (j > i && sm[i, j] > maxscost) maxscost <- sm[i, j]
    maxscost <- min(maxscost, 2 * indel)
  }
  getIndel <- function(state, dur) indels[state] + timecost * dur
  getSub <- function(s1, s2, d1, d2) {
    if (s1 == s2) { diffdur <- d1 - d2; if (diffdur < 0) -1.0 * (timecost * diffdur) else timecost * diffdur }
    else sm[s1, s2] + (d1 + d2) * timecost
  }
  F <- matrix(0, m + 1, n + 1)
  for (ii in 1:m) F[ii + 1, 1] <- F[ii, 1] + getIndel(xa[ii], da[ii])
  for (jj in 1:n) F[1, jj + 1] <- F[1, jj] + getIndel(xb[jj], db[jj])
  for (jj in 1:n) for (ii in 1:m) {
    minimum <- F[ii + 1, jj] + getIndel(xb[jj], db[jj])
    j_indel <- F[ii, jj + 1] + getIndel(xa[ii], da[ii])
    if (j_indel < minimum) minimum <- j_indel
    sub <- F[ii, jj] + getSub(xa[ii], xb[jj], da[ii], db[jj])
    F[ii + 1, jj + 1] <- if (sub < minimum) sub else minimum
  }
  maxpossiblecost <- abs(nn - mm) * indel + maxscost * min(mm, nn)
  normalize(F[m + 1, n + 1], maxpossiblecost, mm * indel, nn * indel, norm)
}

# ---------------------------------------------------------------- src/DHDdistance.cpp (HAM and DHD)
ham_pair <- function(a, b, costs, maxdist, norm) {
  cost <- 0
  for (t in seq_along(a)) cost <- cost + costs[a[t], b[t], t]
  normalize(cost, maxdist, maxdist, maxdist, norm)
}
ham_maxdist <- function(costs) { mc <- 0; for (t in 1:dim(costs)[3]) mc <- mc + max(costs[, , t]); mc }

pairwise <- function(num, f) {
  n <- nrow(num); d <- matrix(0, n, n)
  for (i in 1:n) for (j in 1:n) if (j > i) { v <- f(num[i, ], num[j, ]); d[i, j] <- v; d[j, i] <- v }
  d
}

# ================================================================ outputs
stats_outputs <- function(seq, alph, w, tag, call_seq) {
  sd <- seqstatd_t(seq, alph, w)
  write_expected(t(sd$Frequencies), paste0(tag, "_statd_freq.csv"), paste0("t(seqstatd(", call_seq, ")$Frequencies)"))
  write_expected(sd$ValidStates, paste0(tag, "_statd_validn.csv"), paste0("seqstatd(", call_seq, ")$ValidStates"))
  write_expected(sd$Entropy, paste0(tag, "_statd_entropy.csv"), paste0("seqstatd(", call_seq, ")$Entropy"))
  write_expected(seqtrate_t(seq, alph, w), paste0(tag, "_trate.csv"), paste0("seqtrate(", call_seq, ")"))
  write_expected(seqmeant_t(seq, alph, w), paste0(tag, "_meant.csv"), paste0("seqmeant(", call_seq, ")"))
  ind <- cbind(seqient_t(seq, alph, TRUE), seqient_t(seq, alph, FALSE), seqST_t(seq, alph, FALSE),
               seqST_t(seq, alph, TRUE), seqici_t(seq, alph), seqtransn_t(seq, FALSE))
  write_expected(ind, paste0(tag, "_indicators.csv"),
    paste0("cbind(seqient(s), seqient(s, norm=FALSE), seqST(s), seqST(s, norm=TRUE), seqici(s), seqtransn(s)) with s = ", call_seq))
}

dist_outputs <- function(seq, alph, w, tag, call_seq, nsub) {
  num <- matrix(match(seq, alph), nrow = nrow(seq))
  sub <- num[1:nsub, , drop = FALSE]
  k <- length(alph); L <- ncol(seq)
  tr <- trate_costs(seq, alph, w)
  for (nm in c("none", "maxlength")) write_expected(pairwise(sub, function(a, b) om_pair(a, b, tr$sm, tr$indel, nm)),
    paste0(tag, "_om_trate_", nm, ".csv"),
    paste0("seqdist(", call_seq, ", method=\"OM\", sm=\"TRATE\", indel=\"auto\", norm=\"", nm, "\")[1:", nsub, ",1:", nsub, "]"))
  cst <- constant_costs(k, 2)
  write_expected(pairwise(sub, function(a, b) om_pair(a, b, cst, 1, "none")), paste0(tag, "_om_constant_none.csv"),
    paste0("seqdist(", call_seq, ", method=\"OM\", sm=\"CONSTANT\", indel=\"auto\")[1:", nsub, ",1:", nsub, "]"))
  cst3 <- constant_costs(k, 3)
  write_expected(pairwise(sub, function(a, b) om_pair(a, b, cst3, 1.25, "maxdist")), paste0(tag, "_om_c3_i125_maxdist.csv"),
    paste0("seqdist(", call_seq, ", method=\"OM\", sm=seqcost(s, \"CONSTANT\", cval=3)$sm, indel=1.25, norm=\"maxdist\")[1:", nsub, ",1:", nsub, "]"))
  for (nm in c("none", "gmean")) write_expected(pairwise(sub, function(a, b) om_pair(a, b, cst, 1, nm)),
    paste0(tag, "_lcs_", nm, ".csv"),
    paste0("seqdist(", call_seq, ", method=\"LCS\", norm=\"", nm, "\")[1:", nsub, ",1:", nsub, "]"))
  ham <- array(0, dim = c(k, k, L)); for (t in 1:L) ham[, , t] <- constant_costs(k, 1)
  for (nm in c("none", "maxlength")) write_expected(pairwise(sub, function(a, b) ham_pair(a, b, ham, ham_maxdist(ham), nm)),
    paste0(tag, "_ham_", nm, ".csv"),
    paste0("seqdist(", call_seq, ", method=\"HAM\", norm=\"", nm, "\")[1:", nsub, ",1:", nsub, "]"))
  dhd <- trate_costs_tv(seq, alph, w)
  for (nm in c("none", "maxlength")) write_expected(pairwise(sub, function(a, b) ham_pair(a, b, dhd, ham_maxdist(dhd), nm)),
    paste0(tag, "_dhd_", nm, ".csv"),
    paste0("seqdist(", call_seq, ", method=\"DHD\", norm=\"", nm, "\")[1:", nsub, ",1:", nsub, "]"))
  for (nm in c("none", "YujianBo")) write_expected(
    pairwise(sub, function(a, b) omspell_pair(a, b, tr$sm, rep(tr$indel, k), tr$indel, 0.5, 1, nm)),
    paste0(tag, "_omspell_trate_", nm, ".csv"),
    paste0("seqdist(", call_seq, ", method=\"OMspell\", sm=\"TRATE\", indel=\"auto\", norm=\"", nm, "\")[1:", nsub, ",1:", nsub, "]"))
  write_expected(pairwise(sub, function(a, b) omspell_pair(a, b, cst, rep(1, k), 1, 1.5, 0.5, "none")),
    paste0(tag, "_omspell_constant_tpow05_exp15.csv"),
    paste0("seqdist(", call_seq, ", method=\"OMspell\", sm=\"CONSTANT\", indel=\"auto\", tpow=0.5, expcost=1.5)[1:", nsub, ",1:", nsub, "]"))
}

mvad_call <- "seqdef(mvad, 15:86, weights = mvad$weight, alphabet = sort(unique(unlist(mvad[, 15:86])), method = \"radix\"))"
bio_call <- "seqdef(biofam, 10:25, alphabet = as.character(0:7))"

stats_outputs(mvad.seq, mvad.alph, mvad.w, "mvad", mvad_call)
stats_outputs(bio.seq, bio.alph, bio.w, "biofam", bio_call)
dist_outputs(bio.seq, bio.alph, bio.w, "biofam", bio_call, 100)
dist_outputs(mvad.seq, mvad.alph, mvad.w, "mvad", mvad_call, 60)
cat("done\n")
