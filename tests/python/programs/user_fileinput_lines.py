# fileinput over named files and stdin, and over the command line arguments (missing files).
import fileinput
import sys
with open("fi_a.txt", "w") as f:
    f.write("alpha\nbeta\n")
with open("fi_b.txt", "w") as f:
    f.write("gamma\n")
for line in fileinput.input(["fi_a.txt", "fi_b.txt", "-"]):
    print(fileinput.filename(), fileinput.lineno(), fileinput.filelineno(), fileinput.isfirstline(), repr(line))
with fileinput.input(files=("fi_b.txt",)) as f:
    print([l.strip() for l in f])
try:
    for line in fileinput.input():
        print(line)
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
