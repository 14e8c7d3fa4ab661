import statistics as st
import os.path
import os
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean([0.1, 0.2, 0.3]), st.mean([1.5, 2.5]))
print(st.median([3, 1, 2]), st.median([4, 1, 3, 2]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.mode([1, 2, 2, 3, 3, 3]), st.mode("abracadabra"), st.multimode([1, 1, 2, 2, 3]))
print(st.variance([2, 4, 4, 4, 5, 5, 7, 9]), st.pvariance([2, 4, 4, 4, 5, 5, 7, 9]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(round(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), 10))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
print(os.path.join("a", "b", "c.txt"), os.path.join("/x", "/abs", "y"), os.path.basename("/p/q/r.py"))
print(os.path.dirname("/p/q/r.py"), os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.split("a/b"))
print(os.path.isabs("/x"), os.path.normpath("a/./b/../c//d"), os.sep, os.path.exists("surely_missing.txt"))
