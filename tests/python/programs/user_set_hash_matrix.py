# Sets of tuples, floats, bools, big ints and frozensets: hashes and table order as CPython's.
out = []
S = {7.75, -150464952270635772915, frozenset({8, 2, 3}), (0, (1, 1.5)), frozenset({1, 2, 3}), frozenset()}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard((0, (1, 1.5))); S.add(frozenset({0, 9, 7})); out.append(repr(S))
S = {True, -1081561259442392339822, (-4, -4), (0, (1, 1.5)), (0, 1), 3.0, -835088579792188784539, (2, 3), (1, (1, 1.5)), frozenset({3, 4, 5, 6}), False}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard((2, 3)); S.add(0.5); out.append(repr(S))
S = {(2, -5), 123.456, True}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard(True); S.add(472725433022444938148); out.append(repr(S))
S = {-0.0, (-3, -4), frozenset({6}), 0.5, -1114358239343148362114, frozenset({8, 3, 6}), frozenset({2}), False, (3, (0, 1.5)), (0, (1, 1.5)), -10707387845696937827}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard(frozenset({6})); S.add(2.5); out.append(repr(S))
S = {frozenset({0, 2, 4}), frozenset({0, 3, 6, 7}), 3.0, frozenset({8, 2, 6, 7}), (4, -1)}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard(frozenset({0, 3, 6, 7})); S.add((0, (1, 1.5))); out.append(repr(S))
S = {frozenset(), (0, 5), (4, 1), (1, -3), (-4, 1)}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard(frozenset()); S.add((5, 2)); out.append(repr(S))
S = {(-4, 5), (-1, 3), frozenset({2, 3, 7}), (1, -2), -963712214943751263973}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard(-963712214943751263973); S.add(1003275024074029444481); out.append(repr(S))
S = {3.0, frozenset({4}), frozenset({0, 3, 5, 7})}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard(3.0); S.add(-0.0); out.append(repr(S))
S = {(3, (2, 1.5)), (4, -5), False, frozenset({8, 4}), (1, (0, 1.5)), -221788013322858933289, 2.5, -836528245558053449355, 916907410400901304765, 123.456, 7.75, (-5, -5), 115237860253177684507, 634548427456451650133, 1e+100, -781139653027859309426, (-3, 2)}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard((-5, -5)); S.add(1092883001829184440799); out.append(repr(S))
S = {7.75, (0, (0, 1.5)), -0.0, frozenset({1}), True, False, -664396243419338604435, frozenset({6}), (0, 0), 40376454349613654180, (-5, 0), True, frozenset({9, 3, 4, 5}), 7.75, 7.75, -0.0}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard(False); S.add(-714398092987507117349); out.append(repr(S))
S = {frozenset({0}), 2.5, (3, 4), (4, 2), -1143867684958544885370, frozenset({1}), frozenset({7})}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard((3, 4)); S.add(frozenset({9, 2})); out.append(repr(S))
S = {(3, (2, 1.5)), (2, (0, 1.5)), 123.456, (4, 4), frozenset(), 868480852519055059212, frozenset({2}), (3, 4), False, 2.5, (-3, 0), (5, 5), (-4, 5), (3, -4), 98878070626366887993, 3.0, (2, -1), -435352928221234045845, (-2, 0)}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard(-435352928221234045845); S.add((-2, -2)); out.append(repr(S))
S = {2.5, (1, (2, 1.5)), (0, 4), True, (0, 2), 1e-09, (2, (2, 1.5)), (5, 5), frozenset({9, 3, 4, 1}), (2, 0), (0, -3), -213750755614041671772, (3, 3), (2, 0), frozenset({6}), False, False}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard((0, 2)); S.add(frozenset({0, 9, 3})); out.append(repr(S))
S = {(3, 3), 123.456, (-3, -2), 1007946117189343747798}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard(1007946117189343747798); S.add((1, (1, 1.5))); out.append(repr(S))
S = {7.75, (2, -1), (2, -2), (0, 4), -0.0, -509556755403788494226}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard((0, 4)); S.add((5, 4)); out.append(repr(S))
S = {False, (-2, 3), (3, (2, 1.5)), (0, -3), 1e-09, 1e-09, True, frozenset(), -0.0, -594115774550633137191}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard((0, -3)); S.add(False); out.append(repr(S))
S = {-560159879206620395638, (-1, -4), -154104531163193680565}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard(-154104531163193680565); S.add((2, 2)); out.append(repr(S))
S = {(0, 5), True, (-3, -1), (1, -5), (4, 5), True, False}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard((1, -5)); S.add(False); out.append(repr(S))
S = {552500064514157241003, (1, 2), 889566605319754357672, (0, (2, 1.5)), frozenset({9}), frozenset(), 3.0, (-1, 0), -305168571812136477813, (-5, 4), (-3, -2), True, True, -594706986360970010714}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard((0, (2, 1.5))); S.add(-1096867324549645022758); out.append(repr(S))
S = {(1, (2, 1.5)), True, (4, 3)}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard((4, 3)); S.add(247180509192620501833); out.append(repr(S))
S = {(2, (1, 1.5)), (2, -5), frozenset({0, 2, 5, 7}), (-1, 2), -409056956630916695901, (0, 5), -0.0, -0.0, (-1, 4), (0, -3), (1, (1, 1.5))}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard(-409056956630916695901); S.add(-0.0); out.append(repr(S))
S = {frozenset(), 7.75, True, 1144560025029889761838, 873085961591936337309, (-5, 1), True, (-2, -3), frozenset({0, 3}), frozenset({3, 5, 6}), (4, -3), 371578655630462358987, 3.0, (5, -4), frozenset({4})}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard((-5, 1)); S.add(True); out.append(repr(S))
S = {(4, -1), frozenset({9}), (1, (0, 1.5)), frozenset({6}), frozenset({8, 2, 3}), 636768134372098682284, (-5, -4), (-4, 2), (5, 0), (3, 4), (2, -1), 7.75, frozenset({0, 1, 4, 5})}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard(7.75); S.add(-0.0); out.append(repr(S))
S = {476778064459988085855, (0, 5), frozenset({2, 3}), (2, (0, 1.5)), (0, -5), (0, -2), True, (1, (1, 1.5)), True, (2, (2, 1.5)), -244219388539441649655, (-1, 1), (-2, 1), -0.0, -36135833248729892977}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard((0, -5)); S.add(-0.0); out.append(repr(S))
S = {(1, (0, 1.5)), 1013064989587678117086, 3.0, (4, 2), frozenset({1, 9, 7}), frozenset({8}), frozenset({0, 9, 4, 7}), (5, -5), 698457590077204594399, (3, (2, 1.5)), (4, -1), 243957416852797232725, (-3, -3), frozenset({8, 4})}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard((-3, -3)); S.add(123.456); out.append(repr(S))
S = {123.456, (-4, 5), (-2, 2), -0.0}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard((-4, 5)); S.add(1102108956607374445692); out.append(repr(S))
S = {1e+100, 71389076773063522330, (-3, 3), True, (-3, -1), (3, (1, 1.5)), False, (-1, -4), frozenset(), (0, (0, 1.5)), frozenset({0}), True, 851873613915493604321, (-1, 1), -0.0, frozenset({3, 4, 7}), (0, -1), 2.5}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard((0, -1)); S.add(0.5); out.append(repr(S))
S = {-75710558564829365771, frozenset(), 1e+100, (4, -3), 123.456, -782055087276308681693, (-5, 5), 3.0, (1, 1)}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard(123.456); S.add(0.5); out.append(repr(S))
S = {(4, 1), 722449876290810351809, (3, (1, 1.5)), (5, -2), -716109795921185989072, (0, -5)}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard((4, 1)); S.add(frozenset({8, 6})); out.append(repr(S))
S = {(1, -5), (2, (0, 1.5)), 1e-09, (-4, 2), 1e-09, (2, (2, 1.5)), (3, (0, 1.5)), 1037469755864116735074, (4, 3), 7.75, 2.5, frozenset({5}), -0.0, (2, (2, 1.5)), -1.25, frozenset()}
out.append(repr(S)); out.append(repr(sorted(hash(x) for x in S)[:3]))
S.discard((-4, 2)); S.add(frozenset({9, 5, 6})); out.append(repr(S))
out.append(repr({hash((1, 2)), hash(()), hash((-1,)), hash(1.5), hash(-0.0), hash(2**100), hash(-2**64), hash(frozenset({1, 2})), hash(frozenset())}))
for line in out:
    print(line)
