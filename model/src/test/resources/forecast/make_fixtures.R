# Regenerates the R reference values for labourcast's forecasting tests (model/src/test/java/org/labourcast/forecast/
# RReferenceTest.java). Run from this folder:
#
#   Rscript make_fixtures.R
#
# Writes series.csv (the input series, full precision) and r_reference.csv (series, model, quantity, step, value).
# Made with R 4.2.2 and forecast 8.20 from Debian bookworm (apt-get install r-base-core r-cran-forecast).
# Reference values:
#   - stats::HoltWinters(x, gamma = FALSE) and predict(..., prediction.interval = TRUE, level = 0.80 / 0.95);
#   - forecast::holt(x, damped = FALSE / TRUE, h, level = c(80, 95)), i.e. ETS(A,A,N) and ETS(A,Ad,N) by forecast::ets;
#   - stats::arima(diff(x, differences = d), order = c(p, 0, q), include.mean, method = "ML") for the likelihood, and
#     stats::arima(x, order = c(p, d, q), xreg = drift, fixed = those coefficients) + predict() for the forecasts of x;
#   - forecast::ndiffs(x) (KPSS, alpha = 0.05) for the number of differences.
suppressMessages(library(forecast))
options(digits = 17)

series <- list()
# Sichuan resident urbanization rate, year end (shares); 2016 not found (NA). Sources: see
# model/src/test/resources/scenarios/sichuan-history.yaml.
series$sichuan <- ts(c(0.4022, 0.4183, 0.434, 0.449, 0.463, 0.4769, NA, 0.5079, 0.5229, 0.5379, 0.567), start = 2010)
series$wwwusage <- WWWusage                     # R datasets: internet users per minute, 100 observations
series$lakehuron <- LakeHuron                   # R datasets: level of Lake Huron 1875-1972 (feet)
# fpp2 2.5 (Hyndman), livestock: sheep in Asia, millions, 1961-2007 (FAOSTAT); values as stored in fpp2's data file
series$livestock <- ts(c(
  232.288994, 229.536258, 233.14593600000001, 243.76368400000001, 252.60291599999999, 259.67737099999999,
  260.76689199999998, 269.78408400000001, 266.41497399999997, 263.91774700000002, 268.30722200000002,
  260.662556, 266.63941899999998, 277.51577800000001, 283.834045, 290.30902800000001, 292.474198,
  300.83069399999999, 309.28665699999999, 318.33108099999998, 329.37239, 338.88399800000002,
  339.24412599999999, 328.60063200000002, 314.25538499999999, 314.45969500000001, 321.41377899999998,
  329.78929199999999, 346.38516499999997, 352.29788200000002, 348.37051500000001, 417.56292200000001,
  417.12356999999997, 417.749459, 412.233904, 411.94681700000001, 394.69707499999998, 401.49927000000002,
  408.27046799999999, 414.24279999999999, 407.99797799999999, 403.46083199999998, 413.824928,
  428.10495900000001, 445.33874200000002, 452.99417299999999, 455.74016999999998), start = 1961)
set.seed(20201101)
series$ar1 <- ts(round(10 + arima.sim(list(ar = 0.6), n = 40), 6), start = 1981)   # simulated AR(1), mean 10
set.seed(20201102)
series$trend <- ts(round(50 + 1.5 * (1:25) + arima.sim(list(ar = 0.5), n = 25, sd = 2), 6), start = 1996)

rows <- list()
put <- function(s, m, q, step, v) {
  rows[[length(rows) + 1]] <<- data.frame(series = s, model = m, quantity = q, step = step, value = v)
}

out <- list()
for (name in names(series)) {
  x <- series[[name]]
  out[[name]] <- data.frame(series = name, year = as.integer(time(x)), value = as.numeric(x))
}
series_csv <- do.call(rbind, out)
write.csv(series_csv, "series.csv", row.names = FALSE, na = "NA", quote = FALSE)

H <- 10

# ---- HoltWinters (complete series only)
for (name in c("wwwusage", "lakehuron", "ar1", "trend")) {
  x <- series[[name]]
  hw <- HoltWinters(x, gamma = FALSE)
  put(name, "holtwinters", "alpha", 0, hw$alpha)
  put(name, "holtwinters", "beta", 0, hw$beta)
  put(name, "holtwinters", "sse", 0, hw$SSE)
  put(name, "holtwinters", "level", 0, hw$coefficients[["a"]])
  put(name, "holtwinters", "trend", 0, hw$coefficients[["b"]])
  p80 <- predict(hw, n.ahead = H, prediction.interval = TRUE, level = 0.80)
  p95 <- predict(hw, n.ahead = H, prediction.interval = TRUE, level = 0.95)
  for (h in 1:H) {
    put(name, "holtwinters", "point", h, p80[h, "fit"])
    put(name, "holtwinters", "lo80", h, p80[h, "lwr"])
    put(name, "holtwinters", "hi80", h, p80[h, "upr"])
    put(name, "holtwinters", "lo95", h, p95[h, "lwr"])
    put(name, "holtwinters", "hi95", h, p95[h, "upr"])
  }
}

# ---- forecast::holt (ETS), undamped and damped
for (name in c("wwwusage", "lakehuron", "ar1", "trend")) {
  x <- series[[name]]
  for (damped in c(FALSE, TRUE)) {
    m <- if (damped) "ets_damped" else "ets_holt"
    f <- holt(x, h = H, damped = damped, level = c(80, 95))
    fit <- f$model
    for (q in names(fit$par)) put(name, m, q, 0, fit$par[[q]])
    n <- length(x)
    sse <- sum(residuals(fit)^2)
    put(name, m, "sse", 0, sse)
    put(name, m, "sigma2", 0, fit$sigma2)
    # forecast's loglik is -n/2 log(SSE); the full Gaussian one adds -n/2 (log(2 pi / n) + 1).
    put(name, m, "loglik_full", 0, fit$loglik - n / 2 * (log(2 * pi / n) + 1))
    put(name, m, "aicc", 0, fit$aicc)
    for (h in 1:H) {
      put(name, m, "point", h, f$mean[h])
      put(name, m, "lo80", h, f$lower[h, 1])
      put(name, m, "hi80", h, f$upper[h, 1])
      put(name, m, "lo95", h, f$lower[h, 2])
      put(name, m, "hi95", h, f$upper[h, 2])
    }
  }
}

# ---- ARIMA on the level series, as auto.arima fits it: drift as the regressor 1:n for d = 1; a missing year is a
# step without an observation in R's Kalman filter (Sichuan 2016)
arima_case <- function(name, p, d, q, constant) {
  x <- series[[name]]
  label <- sprintf("arima_%d%d%d%s", p, d, q, if (constant) "c" else "")
  n <- length(x)
  if (d == 0) {
    fit <- arima(x, order = c(p, 0, q), include.mean = constant, method = "ML")
    pr <- predict(fit, n.ahead = H)
  } else if (constant) {
    # stats::arima with the regressor drift = 1:n, as auto.arima builds it (forecast's Arima would report its
    # degrees-of-freedom-adjusted sigma2). predict.Arima drops the regressor's coefficient when p = q = 0, so its
    # forecast is done as predict.Arima does it: KalmanForecast plus the regressor's term.
    fit <- arima(x, order = c(p, d, q), xreg = matrix(1:n, ncol = 1, dimnames = list(NULL, "intercept")),
                 method = "ML")
    kf <- KalmanForecast(H, fit$model)
    pr <- list(pred = kf$pred + coef(fit)[["intercept"]] * ((n + 1):(n + H)), se = sqrt(kf$var * fit$sigma2))
  } else {
    fit <- arima(x, order = c(p, d, q), method = "ML")
    pr <- predict(fit, n.ahead = H)
  }
  co <- coef(fit)
  for (nm in names(co)) put(name, label, nm, 0, co[[nm]])
  put(name, label, "sigma2", 0, fit$sigma2)
  put(name, label, "loglik", 0, fit$loglik)
  put(name, label, "nobs", 0, fit$nobs)
  z80 <- qnorm(0.90)
  z95 <- qnorm(0.975)
  for (h in 1:H) {
    put(name, label, "point", h, pr$pred[h])
    put(name, label, "lo80", h, pr$pred[h] - z80 * pr$se[h])
    put(name, label, "hi80", h, pr$pred[h] + z80 * pr$se[h])
    put(name, label, "lo95", h, pr$pred[h] - z95 * pr$se[h])
    put(name, label, "hi95", h, pr$pred[h] + z95 * pr$se[h])
  }
}
arima_case("lakehuron", 2, 0, 0, TRUE)
arima_case("lakehuron", 1, 0, 1, TRUE)
arima_case("wwwusage", 1, 1, 1, FALSE)
arima_case("wwwusage", 2, 1, 0, TRUE)
arima_case("wwwusage", 0, 2, 2, FALSE)
arima_case("ar1", 1, 0, 0, TRUE)
arima_case("ar1", 2, 0, 1, TRUE)
arima_case("trend", 1, 1, 0, TRUE)
arima_case("sichuan", 0, 1, 0, TRUE)
arima_case("sichuan", 1, 1, 0, TRUE)
arima_case("sichuan", 0, 2, 1, FALSE)
arima_case("livestock", 0, 1, 0, TRUE)

# ---- auto.arima's choice over the orders labourcast searches (p, q <= 2, d <= 2, every order, no approximation);
# for livestock also with auto.arima's defaults (stepwise, p, q <= 5)
for (name in names(series)) {
  a <- auto.arima(series[[name]], max.p = 2, max.q = 2, max.d = 2, stepwise = FALSE, approximation = FALSE,
                  seasonal = FALSE)
  o <- arimaorder(a)
  put(name, "auto_arima", "p", 0, o[["p"]])
  put(name, "auto_arima", "d", 0, o[["d"]])
  put(name, "auto_arima", "q", 0, o[["q"]])
  put(name, "auto_arima", "constant", 0, as.numeric(any(c("drift", "intercept") %in% names(coef(a)))))
}
d <- arimaorder(auto.arima(series$livestock))
put("livestock", "auto_arima_default", "p", 0, d[["p"]])
put("livestock", "auto_arima_default", "d", 0, d[["d"]])
put("livestock", "auto_arima_default", "q", 0, d[["q"]])

# ---- number of differences by KPSS (complete series)
for (name in c("wwwusage", "lakehuron", "ar1", "trend")) {
  put(name, "ndiffs", "d", 0, ndiffs(series[[name]]))
}

ref <- do.call(rbind, rows)
con <- file("r_reference.csv", "w")
writeLines(c(
  "# R reference values for labourcast's forecasting tests. Generated by make_fixtures.R in this folder;",
  paste0("# ", R.version.string, ", forecast ", as.character(packageVersion("forecast")), ".")), con)
write.csv(data.frame(ref[, 1:4], value = sprintf("%.17g", ref$value)), con, row.names = FALSE, quote = FALSE)
close(con)
