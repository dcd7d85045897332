# Reference values for fr.parcours.stats.regression.LogisticRegression.
#
# Run from the repository root:
#   Rscript parcours-stats/src/test/r/regression/glm_reference.R
# Reads  parcours-stats/src/test/resources/cluster/data/{lung,mvad}.csv
# Writes parcours-stats/src/test/resources/regression/glm_<name>.csv and glm_<name>_summary.txt
#
# Each model: glm(formula, family = binomial, data, [weights]) with glm.control() defaults
# (epsilon = 1e-8, maxit = 25); summary(fit)$coefficients; confint.default(fit) (Wald,
# coef ± qnorm(0.975)·se); exp() of both for odds ratios; deviance, null.deviance, aic, iter.
# no/yes factors are R's treatment dummies: yes = 1. Numbers are written with 17 significant digits.
data <- "parcours-stats/src/test/resources/cluster/data"
res  <- "parcours-stats/src/test/resources/regression"
f17 <- function(x) sprintf("%.17g", x)
lung <- read.csv(file.path(data, "lung.csv"))
mvad <- read.csv(file.path(data, "mvad.csv"), stringsAsFactors = TRUE)

models <- list(
  lung = quote(glm(I(status == 2) ~ age + sex + ph.ecog, family = binomial, data = lung)),
  mvad = quote(glm(I(Jun.99 == "employment") ~ male + catholic + Grammar + funemp + gcse5eq + fmpr + livboth,
                   family = binomial, data = mvad)),
  mvad_weighted = quote(glm(I(Jun.99 == "employment") ~ male + catholic + Grammar + funemp + gcse5eq + fmpr + livboth,
                            family = binomial, data = mvad, weights = weight)),
  lung_karno = quote(glm(I(status == 2) ~ age + ph.karno + wt.loss, family = binomial, data = lung)))

meta <- paste("R", R.version$major, R.version$minor, "svn", R.version$`svn rev`)
for (name in names(models)) {
  fit <- suppressWarnings(eval(models[[name]]))   # non-integer weights warn, as documented
  co <- summary(fit)$coefficients
  ci <- suppressMessages(confint.default(fit))
  write.csv(data.frame(term = rownames(co), estimate = f17(co[, 1]), se = f17(co[, 2]),
                       z = f17(co[, 3]), p = f17(co[, 4]),
                       ci_low = f17(ci[, 1]), ci_high = f17(ci[, 2]),
                       or = f17(exp(co[, 1])), or_low = f17(exp(ci[, 1])), or_high = f17(exp(ci[, 2]))),
            file.path(res, paste0("glm_", name, ".csv")), row.names = FALSE, quote = FALSE)
  writeLines(c(paste0("call=", paste(deparse(models[[name]]), collapse = " ")),
               paste0("nobs=", nobs(fit)),
               paste0("deviance=", f17(deviance(fit))),
               paste0("null_deviance=", f17(fit$null.deviance)),
               paste0("aic=", f17(fit$aic)),
               paste0("iter=", fit$iter),
               paste0("df_residual=", fit$df.residual),
               paste0("df_null=", fit$df.null),
               paste0("converged=", fit$converged)),
             file.path(res, paste0("glm_", name, "_summary.txt")))
  meta <- c(meta, paste0(name, ": ", paste(deparse(models[[name]]), collapse = " ")))
}
writeLines(meta, file.path(res, "VERSIONS.txt"))
