# Reference values for fr.parcours.stats.effect.Ipw, computed by hand with glm + weighted.mean.
#
# Run from the repository root:
#   Rscript parcours-stats/src/test/r/effect/ipw_reference.R
# Reads  parcours-stats/src/test/resources/cluster/data/lung.csv
# Writes parcours-stats/src/test/resources/effect/ipw_lung.txt
#
# Data: survival::lung, complete cases on age and ph.ecog (n = 227).
# Treatment T = (sex == 2), outcome Y = (status == 2), covariates age, ph.ecog.
# Propensity: e = fitted(glm(T ~ age + ph.ecog, family = binomial)).
# ATE, stabilised weights: w = T * p/e + (1 - T) * (1 - p)/(1 - e), p = mean(T).
# ATT weights: w = T + (1 - T) * e/(1 - e).
# Hajek estimator: weighted.mean(Y[T], w[T]) - weighted.mean(Y[!T], w[!T]).
# Truncation at quantiles: w winsorised at quantile(w, c(0.05, 0.95), type = 7).
# Propensity bounds: e clamped to [0.3, 0.7] before the weights.
# SMD: (m1 - m0) / sqrt((var(x[T]) + var(x[!T])) / 2), m weighted means after weighting; the
# denominator always from the unweighted groups (cobalt: s.d.denom = "pooled").
data <- "parcours-stats/src/test/resources/cluster/data"
res  <- "parcours-stats/src/test/resources/effect"
f17 <- function(x) sprintf("%.17g", x)
lung <- read.csv(file.path(data, "lung.csv"))
d <- lung[complete.cases(lung[, c("age", "ph.ecog", "sex", "status")]), ]
T <- d$sex == 2; Y <- as.numeric(d$status == 2)
ps <- fitted(glm(T ~ age + ph.ecog, family = binomial, data = d))
p <- mean(T)
hajek <- function(w) weighted.mean(Y[T], w[T]) - weighted.mean(Y[!T], w[!T])
smd <- function(x, w) (weighted.mean(x[T], w[T]) - weighted.mean(x[!T], w[!T])) /
  sqrt((var(x[T]) + var(x[!T])) / 2)
w_ate <- ifelse(T, p / ps, (1 - p) / (1 - ps))
w_att <- ifelse(T, 1, ps / (1 - ps))
q <- quantile(w_ate, c(0.05, 0.95), type = 7, names = FALSE)
w_trunc <- pmin(pmax(w_ate, q[1]), q[2])
psb <- pmin(pmax(ps, 0.3), 0.7)
w_bounds <- ifelse(T, p / psb, (1 - p) / (1 - psb))
one <- rep(1, length(Y))
out <- c(
  paste0("n=", length(Y)),
  paste0("naive=", f17(hajek(one))),
  paste0("ate=", f17(hajek(w_ate))),
  paste0("ate_mu1=", f17(weighted.mean(Y[T], w_ate[T]))),
  paste0("ate_mu0=", f17(weighted.mean(Y[!T], w_ate[!T]))),
  paste0("att=", f17(hajek(w_att))),
  paste0("ate_trunc05=", f17(hajek(w_trunc))),
  paste0("ate_bounds03=", f17(hajek(w_bounds))),
  paste0("smd_before_age=", f17(smd(d$age, one))),
  paste0("smd_before_ph.ecog=", f17(smd(d$ph.ecog, one))),
  paste0("smd_ate_age=", f17(smd(d$age, w_ate))),
  paste0("smd_ate_ph.ecog=", f17(smd(d$ph.ecog, w_ate))),
  paste0("smd_att_age=", f17(smd(d$age, w_att))),
  paste0("smd_att_ph.ecog=", f17(smd(d$ph.ecog, w_att))),
  paste0("weights_ate_first5=", paste(f17(w_ate[1:5]), collapse = " ")),
  paste0("R=", R.version$major, ".", R.version$minor, " svn ", R.version$`svn rev`))
writeLines(out, file.path(res, "ipw_lung.txt"))
