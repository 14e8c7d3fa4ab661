# statistics: quantiles, geometric/harmonic means, grouped median, covariance, correlation, regression, NormalDist.
import statistics as st
data = [2.5, 3.1, 4.7, 4.7, 5.0, 6.2, 7.8, 9.9]
print(st.mean(data), st.median(data), st.mode(data), st.stdev(data), st.variance(data), st.pstdev(data), st.median_low(data), st.median_high(data), st.multimode([1, 1, 2, 2, 3]))
print(st.quantiles(data, n=4), st.fmean(data), st.geometric_mean([1, 2, 4, 8]), st.harmonic_mean([1, 2, 4]), st.median_grouped([1, 2, 2, 3, 4]))
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.covariance([1, 2, 3], [1, 2, 5]), st.linear_regression([1, 2, 3, 4], [3, 5, 7, 10]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
nd = st.NormalDist(100, 15)
print(round(nd.cdf(115), 6), round(nd.pdf(100), 6), nd.mean, nd.stdev, round(nd.inv_cdf(0.975), 4))
import time
