# Reference values for fr.parcours.stats.survival, computed with R's survival package.
#
# Run from the repository root:
#   Rscript parcours-stats/src/test/r/survival/references.R
# It reads veteran.csv and lung.csv from parcours-stats/src/test/resources/survival/ (copies of
# /work/shared/datasets, i.e. survival 3.5-3's data sets `veteran` and `lung`, LGPL >= 2) and writes
# one CSV per reference next to them. Every CSV starts with comment lines ("# ...") recording the R
# version, the survival version and the exact R call; numbers are written with 17 significant digits
# ("%.17g") so that they read back as the same doubles; NA is "NA", infinities "Inf"/"-Inf".
# Tests read these files; they never need R.

suppressPackageStartupMessages(library(survival))

args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) > 0) args[1] else "parcours-stats/src/test/resources/survival"

versions <- sprintf("%s; survival %s", R.version.string, as.character(packageVersion("survival")))

fmt <- function(x) {
  if (is.character(x) || is.factor(x)) return(as.character(x))
  out <- sprintf("%.17g", as.numeric(x))
  out[is.na(x)] <- "NA"
  out[is.infinite(x) & x > 0] <- "Inf"
  out[is.infinite(x) & x < 0] <- "-Inf"
  out
}

write_ref <- function(name, df, call) {
  path <- file.path(dir, name)
  con <- file(path, open = "w")
  writeLines(paste0("# ", versions), con)
  for (line in strsplit(call, "\n")[[1]]) writeLines(paste0("# call: ", line), con)
  writeLines(paste(names(df), collapse = ","), con)
  cols <- lapply(df, fmt)
  if (nrow(df) > 0) writeLines(do.call(paste, c(cols, sep = ",")), con)
  close(con)
}

veteran <- read.csv(file.path(dir, "veteran.csv"))
lung <- read.csv(file.path(dir, "lung.csv"))

# ---------------------------------------------------------------------------------------------
# Kaplan-Meier and Nelson-Aalen: the curve, every CI type, and print.survfit's median table.
km_ref <- function(name, formula_text, data_name, extra = "") {
  data <- get(data_name)
  curves <- list()
  medians <- list()
  for (ct in c("log", "log-log", "plain")) {
    call <- sprintf("survfit(%s, data = %s%s, conf.type = \"%s\")", formula_text, data_name, extra, ct)
    fit <- eval(parse(text = call))
    strata <- if (is.null(fit$strata)) rep("all", length(fit$time)) else
      rep(sub("^[^=]*=", "", names(fit$strata)), fit$strata)
    if (ct == "log") {
      base <- data.frame(strata = strata, time = fit$time, n.risk = fit$n.risk,
                         n.event = fit$n.event, n.censor = fit$n.censor, surv = fit$surv,
                         std.err = fit$std.err, cumhaz = fit$cumhaz, std.chaz = fit$std.chaz)
      base_call <- call
    }
    curves[[ct]] <- data.frame(lower = fit$lower, upper = fit$upper)
    tab <- summary(fit)$table
    if (!is.matrix(tab)) tab <- matrix(tab, nrow = 1, dimnames = list("all", names(tab)))
    rn <- if (is.null(fit$strata)) "all" else sub("^[^=]*=", "", rownames(tab))
    medians[[ct]] <- data.frame(strata = rn, conf.type = ct, records = tab[, "records"],
                                events = tab[, "events"], median = tab[, "median"],
                                lcl = tab[, "0.95LCL"], ucl = tab[, "0.95UCL"])
  }
  out <- cbind(base,
               lower.log = curves[["log"]]$lower, upper.log = curves[["log"]]$upper,
               lower.loglog = curves[["log-log"]]$lower, upper.loglog = curves[["log-log"]]$upper,
               lower.plain = curves[["plain"]]$lower, upper.plain = curves[["plain"]]$upper)
  write_ref(paste0("km_", name, ".csv"), out,
            paste(base_call, "(and the same with conf.type = \"log-log\", \"plain\" for the lower.*/upper.* columns)",
                  "columns: fit$time, n.risk, n.event, n.censor, surv, std.err, cumhaz, std.chaz, lower, upper", sep = "\n"))
  write_ref(paste0("km_", name, "_median.csv"), do.call(rbind, medians),
            paste(sub("conf.type = \"log\"", "conf.type = <conf.type>", base_call),
                  "summary(fit)$table[, c(\"records\", \"events\", \"median\", \"0.95LCL\", \"0.95UCL\")] (as print.survfit)", sep = "\n"))
}

veteran$w_int <- 1 + veteran$prior / 10          # integer case weights 1 or 2
veteran$w_frac <- 0.5 + veteran$karno / 100      # non-integer weights: R switches to robust (IJ) se
km_ref("veteran", "Surv(time, status) ~ 1", "veteran")
km_ref("veteran_trt", "Surv(time, status) ~ trt", "veteran")
km_ref("lung", "Surv(time, status) ~ 1", "lung")
km_ref("lung_sex", "Surv(time, status) ~ sex", "lung")
km_ref("veteran_wint", "Surv(time, status) ~ 1", "veteran", ", weights = w_int")
km_ref("veteran_wfrac", "Surv(time, status) ~ 1", "veteran", ", weights = w_frac")

# ---------------------------------------------------------------------------------------------
# Log-rank (survdiff, rho = 0).
lr_ref <- function(name, call) {
  fit <- eval(parse(text = call))
  groups <- sub("^[^=]*=", "", names(fit$n))
  p <- pchisq(fit$chisq, length(fit$n) - 1, lower.tail = FALSE)
  write_ref(paste0("logrank_", name, ".csv"),
            data.frame(group = groups, n = as.numeric(fit$n), observed = fit$obs, expected = fit$exp),
            paste(call, "columns: names(fit$n), fit$n, fit$obs, fit$exp", sep = "\n"))
  write_ref(paste0("logrank_", name, "_test.csv"),
            data.frame(chisq = fit$chisq, df = length(fit$n) - 1, p = p),
            paste(call, "chisq = fit$chisq; df = length(fit$n) - 1; p = pchisq(chisq, df, lower.tail = FALSE) (as print.survdiff)", sep = "\n"))
  v <- as.data.frame(fit$var); names(v) <- paste0("v", seq_along(groups))
  write_ref(paste0("logrank_", name, "_var.csv"), cbind(group = groups, v),
            paste(call, "fit$var", sep = "\n"))
}
lr_ref("veteran_trt", "survdiff(Surv(time, status) ~ trt, data = veteran)")
lr_ref("lung_sex", "survdiff(Surv(time, status) ~ sex, data = lung)")
lr_ref("veteran_celltype", "survdiff(Surv(time, status) ~ celltype, data = veteran)")

# ---------------------------------------------------------------------------------------------
# Cox proportional hazards.
cox_ref <- function(name, call) {
  fit <- eval(parse(text = call))
  s <- summary(fit)
  cm <- s$coefficients
  ci <- s$conf.int
  write_ref(paste0("cox_", name, ".csv"),
            data.frame(term = rownames(cm), coef = cm[, "coef"], exp.coef = cm[, "exp(coef)"],
                       se = cm[, "se(coef)"], z = cm[, "z"], p = cm[, "Pr(>|z|)"],
                       lower.95 = ci[, "lower .95"], upper.95 = ci[, "upper .95"]),
            paste(call, "summary(fit)$coefficients and summary(fit)$conf.int", sep = "\n"))
  cc <- fit$concordance
  tests <- data.frame(
    name = c("n", "nevent", "iter", "loglik.null", "loglik", "lrt", "lrt.df", "lrt.p",
             "wald", "wald.df", "wald.p", "score", "score.df", "score.p",
             "concordant", "discordant", "tied.x", "tied.y", "tied.xy", "concordance", "concordance.se"),
    value = c(fit$n, fit$nevent, fit$iter, fit$loglik[1], fit$loglik[2],
              s$logtest["test"], s$logtest["df"], s$logtest["pvalue"],
              fit$wald.test, s$waldtest["df"],
              pchisq(fit$wald.test, s$waldtest["df"], lower.tail = FALSE),
              s$sctest["test"], s$sctest["df"], s$sctest["pvalue"],
              cc["concordant"], cc["discordant"], cc["tied.x"], cc["tied.y"], cc["tied.xy"],
              cc["concordance"], cc["std"]))
  write_ref(paste0("cox_", name, "_tests.csv"), tests,
            paste(call, "fit$n, fit$nevent, fit$iter, fit$loglik, summary(fit)$logtest, fit$wald.test (unrounded; summary() rounds it) with pchisq(., df, lower.tail = FALSE), summary(fit)$sctest, fit$concordance", sep = "\n"))
  v <- as.data.frame(fit$var); names(v) <- rownames(cm)
  write_ref(paste0("cox_", name, "_var.csv"), cbind(term = rownames(cm), v),
            paste(call, "fit$var", sep = "\n"))
}
cox_ref("lung_efron", "coxph(Surv(time, status) ~ age + sex + ph.ecog, data = lung)")
cox_ref("lung_breslow", "coxph(Surv(time, status) ~ age + sex + ph.ecog, data = lung, ties = \"breslow\")")
cox_ref("veteran_efron", "coxph(Surv(time, status) ~ trt + karno + celltype, data = veteran)")
cox_ref("veteran_breslow", "coxph(Surv(time, status) ~ trt + karno + celltype, data = veteran, ties = \"breslow\")")
cox_ref("veteran_trt_efron", "coxph(Surv(time, status) ~ trt, data = veteran)")
cox_ref("veteran_wint_efron", "coxph(Surv(time, status) ~ trt + karno, data = veteran, weights = w_int)")

# ---------------------------------------------------------------------------------------------
# Aalen-Johansen cumulative incidence, competing risks built deterministically from veteran:
# cause 0 = censored (status 0); cause 1 = death with karno >= 60; cause 2 = death with karno < 60.
veteran$cause <- with(veteran, ifelse(status == 0, 0, ifelse(karno >= 60, 1, 2)))
cif_ref <- function(name, call) {
  fit <- eval(parse(text = call))
  st <- fit$states
  strata <- if (is.null(fit$strata)) rep("all", length(fit$time)) else
    rep(sub("^[^=]*=", "", names(fit$strata)), fit$strata)
  out <- data.frame(strata = strata, time = fit$time, n.risk = fit$n.risk[, 1])
  for (k in seq_along(st)) {
    lab <- if (st[k] == "(s0)") "s0" else paste0("cause", st[k])
    out[[paste0("n.event.", lab)]] <- if (k == 1) rowSums(fit$n.event) else fit$n.event[, k]
    out[[paste0("pstate.", lab)]] <- fit$pstate[, k]
    out[[paste0("std.err.", lab)]] <- fit$std.err[, k]
    out[[paste0("lower.", lab)]] <- fit$lower[, k]
    out[[paste0("upper.", lab)]] <- fit$upper[, k]
  }
  write_ref(paste0("cif_", name, ".csv"), out,
            paste(call, "columns: fit$time, fit$n.risk[, 1], then per state (s0 = initial state, causeK): n.event (s0: all events), pstate, std.err, lower, upper",
                  sep = "\n"))
}
cif_ref("veteran", "survfit(Surv(time, factor(cause)) ~ 1, data = veteran)")
cif_ref("veteran_trt", "survfit(Surv(time, factor(cause)) ~ trt, data = veteran)")
cif_ref("veteran_wfrac", "survfit(Surv(time, factor(cause)) ~ 1, data = veteran, weights = w_frac)")
