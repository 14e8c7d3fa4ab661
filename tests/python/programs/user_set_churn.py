# Sets of ints grown and shrunk in random orders (dummy slots, resizes, copies), printed in CPython's order.
out = []
S = set()
S.add(213000639)
S.discard(36)
S.add(-5)
S.pop() if S else None
S.add(209)
S.add(71)
S.pop() if S else None
S.pop() if S else None
S.pop() if S else None
S.discard(-20)
S.add(21)
S.discard(-44)
S.add(159)
S.pop() if S else None
S.add(282)
S.discard(49)
S.discard(245)
S.pop() if S else None
S.add(-56000168)
S.pop() if S else None
S.add(43000129)
S.discard(-78)
S.add(262)
S.add(110)
S.pop() if S else None
S.add(-29)
S.pop() if S else None
S.add(276)
S.add(205)
S.discard(-38)
S.add(3000009)
S.add(-96)
S.add(-32)
S.add(156)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.discard(154)
S.add(115)
S.discard(103)
S.add(227)
S.discard(258)
S.add(-12)
S.add(-73000219)
S.discard(184)
S.add(281000843)
S.add(277)
S.pop() if S else None
S.discard(21)
S.add(212)
S.add(276000828)
S.add(245)
S.add(77)
S.add(199000597)
S.discard(131)
S.discard(105)
S.add(194)
S.add(94000282)
S.pop() if S else None
S.discard(-43)
S.pop() if S else None
S.add(38000114)
S.add(-55000165)
S.add(222000666)
S.add(-48)
S.pop() if S else None
S.pop() if S else None
S.add(154000462)
S.discard(263)
S.add(189)
S.discard(117)
S.pop() if S else None
S.add(161000483)
S.add(186000558)
S.add(-29000087)
S.add(-13000039)
S.add(-85)
S.add(-12000036)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.discard(-39)
S.add(-94)
S.pop() if S else None
S.pop() if S else None
S.add(50)
S.add(81000243)
S.pop() if S else None
S.add(187000561)
S.add(-30)
S.add(282000846)
S.add(256)
S.pop() if S else None
S.discard(131)
S.pop() if S else None
S.discard(201)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.add(266000798)
S.pop() if S else None
S.add(78)
S.add(-76000228)
S.discard(170)
S.add(-12)
S.discard(-17)
S.discard(-94)
S.pop() if S else None
S.pop() if S else None
S.discard(-58)
S.pop() if S else None
S.add(203000609)
S.add(174)
S.add(233)
S.pop() if S else None
S.add(178000534)
S.add(168)
S.add(229000687)
S.discard(-68)
S.discard(268)
S.add(-48)
S.pop() if S else None
S.add(132)
S.add(150)
S.add(247)
S.discard(91)
S.discard(134)
S.pop() if S else None
S.add(24)
S.add(218)
S.add(213)
S.pop() if S else None
S.add(108)
S.discard(-59)
S.discard(-83)
S.add(-57)
S.add(-85000255)
S.pop() if S else None
S.pop() if S else None
S.add(-87)
S.add(70)
S.add(300000900)
S.pop() if S else None
S.discard(129)
S.pop() if S else None
S.add(-30)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.discard(243)
S.discard(131)
S.discard(-2)
S.add(-45)
S.add(-74)
S.add(-62)
S.add(90)
S.add(279)
S.discard(139)
S.add(89)
S.add(20)
S.discard(31)
S.pop() if S else None
S.add(29)
S.pop() if S else None
S.add(-71000213)
S.add(143000429)
S.discard(209)
S.add(227)
S.add(248000744)
S.add(-33000099)
S.discard(-81)
S.pop() if S else None
S.add(-97000291)
S.add(-52)
S.pop() if S else None
S.pop() if S else None
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.pop() if S else None
S.add(188000564)
S.pop() if S else None
S.add(6)
S.add(41000123)
S.pop() if S else None
S.pop() if S else None
S.pop() if S else None
S.add(-5000015)
S.add(105)
S.add(66)
S.add(-13000039)
S.add(178)
S.discard(-4)
S.add(264000792)
S.discard(237)
S.add(220)
S.pop() if S else None
S.pop() if S else None
S.add(8000024)
S.add(-62)
S.pop() if S else None
S.discard(140)
S.add(272000816)
S.add(291)
S.add(137)
S.discard(45)
S.discard(-64)
S.add(-95000285)
S.add(-79)
S.add(-24000072)
S.add(-17)
S.pop() if S else None
S.pop() if S else None
S.discard(99)
S.add(160000480)
S.add(83000249)
S.add(3000009)
S.discard(97)
S.discard(213)
S.discard(192)
S.add(-96000288)
S.add(250)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.pop() if S else None
S.add(286)
S.add(39000117)
S.pop() if S else None
S.discard(145)
S.add(-9000027)
S.add(-25000075)
S.add(280)
S.add(179000537)
S.add(76)
S.discard(196)
S.add(175)
S.discard(132)
S.discard(74)
S.discard(282)
S.discard(116)
S.discard(163)
S.pop() if S else None
S.add(-95)
S.add(296000888)
S.add(154000462)
S.add(-69000207)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.pop() if S else None
S.discard(123)
S.add(184)
S.add(-15)
S.add(81000243)
S.pop() if S else None
S.discard(169)
S.add(289)
S.add(239000717)
S.discard(243)
S.add(-12)
S.discard(-72)
S.add(236000708)
S.discard(45)
S.add(69000207)
S.add(102)
S.pop() if S else None
S.discard(299)
S.pop() if S else None
S.add(255)
S.discard(60)
S.discard(-27)
S.pop() if S else None
S.discard(287)
S.add(94)
S.discard(103)
S.pop() if S else None
S.discard(146)
S.add(240)
S.pop() if S else None
S.add(166000498)
S.add(29000087)
S.add(213000639)
S.add(174)
S.add(1)
S.pop() if S else None
S.add(59)
S.add(5)
S.pop() if S else None
S.add(268)
S.add(30000090)
S.discard(51)
S.discard(-95)
S.pop() if S else None
S.add(39000117)
S.add(226000678)
S.discard(65)
S.add(183)
S.discard(-32)
S.add(-55)
S.add(7)
S.pop() if S else None
S.add(83000249)
S.add(185)
S.pop() if S else None
S.pop() if S else None
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.discard(-70)
S.discard(193)
S.pop() if S else None
S.discard(86)
S.add(227000681)
S.pop() if S else None
S.discard(-83)
S.add(179000537)
S.pop() if S else None
S.add(48000144)
S.pop() if S else None
S.add(282)
S.add(-71000213)
S.discard(272)
S.add(111000333)
S.pop() if S else None
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.pop() if S else None
S.discard(160)
S.add(-68)
S.add(266000798)
S.pop() if S else None
S.add(-91000273)
S.add(122)
S.add(99000297)
S.pop() if S else None
S.add(-14)
S.add(23000069)
S.add(263)
S.add(165)
S.add(203)
S.pop() if S else None
S.add(212)
S.add(94000282)
S.discard(253)
S.add(-63000189)
S.pop() if S else None
S.discard(-7)
S.pop() if S else None
S.pop() if S else None
S.add(285000855)
S.pop() if S else None
S.pop() if S else None
S.add(-55)
S.add(108000324)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.discard(144)
S.discard(200)
S.pop() if S else None
S.pop() if S else None
S.pop() if S else None
S.add(-41)
S.add(260000780)
S.add(124)
S.add(191000573)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.discard(185)
S.add(41)
S.pop() if S else None
S.add(165000495)
S.discard(65)
S.add(-18000054)
S.add(256000768)
S.pop() if S else None
S.add(-59000177)
S.add(257000771)
S.add(-52000156)
S.add(53)
S.pop() if S else None
S.add(142)
S.pop() if S else None
S.pop() if S else None
S.pop() if S else None
S.add(131)
S.discard(7)
S.add(251)
S.add(193)
S.add(-60)
S.add(295000885)
S.pop() if S else None
S.add(48)
S.discard(128)
S.add(-19)
S.add(36)
S.discard(-39)
S.add(28000084)
S.discard(33)
S.discard(2)
S.discard(152)
S.add(108000324)
S.discard(138)
S.add(106)
S.add(30000090)
S.discard(-23)
S.add(284)
S.pop() if S else None
S.pop() if S else None
S.add(155)
S.add(207)
S.pop() if S else None
S.add(101000303)
S.discard(-32)
S.discard(72)
S.add(83)
S.add(-45)
S.add(-100000300)
S.pop() if S else None
S.discard(88)
S.pop() if S else None
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.add(234)
S.pop() if S else None
S.add(31000093)
S.add(-20000060)
S.add(-68000204)
S.add(5000015)
S.discard(213)
S.add(107)
S.discard(-87)
S.discard(189)
S.discard(-92)
S.add(212)
S.pop() if S else None
S.pop() if S else None
S.add(265000795)
S.pop() if S else None
S.pop() if S else None
S.add(-24000072)
S.discard(-45)
S.pop() if S else None
S.add(171000513)
S.add(-97000291)
S.add(-50000150)
S.add(231)
S.discard(-100)
S.pop() if S else None
S.discard(186)
S.add(167000501)
S.discard(41)
S.add(-16000048)
S.add(240)
S.discard(280)
S.discard(-58)
S.pop() if S else None
S.add(263)
S.pop() if S else None
S.add(-90)
S.discard(280)
S.add(53000159)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.pop() if S else None
S.discard(181)
S.discard(244)
S.add(-53)
S.discard(-59)
S.add(63)
S.discard(135)
S.add(267000801)
S.add(203000609)
S.add(-50000150)
S.add(293000879)
S.add(-27)
S.add(-80000240)
S.add(255)
S.add(-27000081)
S.add(256)
S.discard(34)
S.add(-10)
S.add(196)
S.add(118)
S.add(262000786)
S.add(258)
S.discard(-33)
S.pop() if S else None
S.pop() if S else None
S.pop() if S else None
S.pop() if S else None
S.discard(14)
S.add(140000420)
S.add(126)
S.discard(141)
S.pop() if S else None
S.pop() if S else None
S.pop() if S else None
S.discard(91)
S.pop() if S else None
S.add(218)
S.add(243)
S.add(-31)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.add(88)
S.add(31000093)
S.add(-39000117)
S.pop() if S else None
S.pop() if S else None
S.add(11000033)
S.pop() if S else None
S.add(163000489)
S.discard(80)
S.add(1)
S.add(-78)
S.add(70)
S.pop() if S else None
S.add(223000669)
S.add(265)
S.add(281000843)
S.pop() if S else None
S.add(30)
S.add(-76000228)
S.discard(133)
S.add(-87000261)
S.add(103)
S.pop() if S else None
S.add(-47000141)
S.pop() if S else None
S.pop() if S else None
S.add(209)
S.add(164000492)
S.discard(76)
S.pop() if S else None
S.pop() if S else None
S.add(-8)
S.add(285000855)
S.pop() if S else None
S.add(82000246)
S.add(183)
S.pop() if S else None
S.pop() if S else None
S.add(-92000276)
S.discard(-4)
S.pop() if S else None
S.pop() if S else None
S.add(204)
S.pop() if S else None
S.discard(147)
S.pop() if S else None
S.add(25000075)
S.add(-42000126)
S.pop() if S else None
S.add(203000609)
S.pop() if S else None
S.discard(191)
S.discard(98)
S.add(159000477)
S.add(120000360)
S.add(179000537)
S.add(-7)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.add(285)
S.add(128000384)
S.add(2)
S.discard(219)
S.discard(196)
S.discard(76)
S.add(193000579)
S.discard(-71)
S.add(51)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.add(-35)
S.discard(-90)
S.discard(156)
S.pop() if S else None
S.add(13)
S.add(57)
S.add(96)
S.add(270000810)
S.discard(299)
S.pop() if S else None
S.discard(15)
S.add(86000258)
S.add(43)
S.add(-100000300)
S.add(56)
S.add(234)
S.add(-43)
S.add(-14000042)
S.add(12)
S.pop() if S else None
S.add(280000840)
S.add(133)
S.discard(96)
S.add(-25000075)
S.add(244)
S.add(177)
S.add(268)
S.add(221)
S.add(217)
S.add(-46000138)
S.add(-59000177)
S.add(-77)
S.discard(-74)
S.add(250)
S.discard(101)
S.add(200000600)
S.add(278)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.discard(-73)
S.discard(21)
S.add(131)
S.add(290)
S.pop() if S else None
S.pop() if S else None
S.add(-58)
S.add(45)
S.add(-87)
S.add(-55000165)
S.pop() if S else None
S.pop() if S else None
S.add(278)
S.add(-91)
S.discard(92)
S.add(-38)
S.discard(273)
S.discard(-67)
S.discard(219)
S.add(-76000228)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.pop() if S else None
S.add(201)
S.add(9000027)
S.add(55000165)
S.pop() if S else None
S.add(114000342)
S.add(254)
S.add(77)
S.add(69000207)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.add(-6000018)
S.discard(249)
S.discard(134)
S.pop() if S else None
S.add(162000486)
S.discard(198)
S.add(-23)
S.pop() if S else None
S.discard(-90)
S.add(175)
S.add(92)
S.add(119)
S.discard(211)
S.add(10)
S.add(283)
S.discard(293)
S.pop() if S else None
S.add(-83)
S.add(295000885)
S.discard(62)
S.add(-55)
S.pop() if S else None
S.pop() if S else None
S.add(123000369)
S.pop() if S else None
S.add(172000516)
S.add(226000678)
S.discard(297)
S.pop() if S else None
S.pop() if S else None
S.discard(1)
S.pop() if S else None
S.add(-81)
S.discard(261)
S.discard(231)
S.pop() if S else None
S.discard(15)
S.add(-25000075)
S.add(172)
S.pop() if S else None
S.discard(-11)
S.discard(118)
S.discard(111)
S.add(175)
S.add(-96)
S.add(-4000012)
S.pop() if S else None
S.add(-83)
S.discard(255)
S.add(-22)
S.add(52)
S.pop() if S else None
S.add(58)
S.add(246)
S.add(84)
S.pop() if S else None
S.discard(-4)
S.discard(92)
S.add(64)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.add(129000387)
S.add(121000363)
S.add(156000468)
S.pop() if S else None
S.discard(295)
S.add(208000624)
S.discard(38)
S.discard(115)
S.add(133000399)
S.add(-52)
S.discard(102)
S.add(194000582)
S.add(81)
S.add(40)
S.pop() if S else None
S.add(235)
S.discard(123)
S.pop() if S else None
S.pop() if S else None
S.discard(138)
S.discard(-33)
S.pop() if S else None
S.pop() if S else None
S.discard(243)
S.discard(-64)
S.add(295000885)
S.pop() if S else None
S.pop() if S else None
S.pop() if S else None
S.pop() if S else None
S.pop() if S else None
S.add(244)
S.add(185000555)
S.pop() if S else None
S.add(-7)
S.pop() if S else None
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.discard(-16)
S.add(123000369)
S.add(-87000261)
S.add(-4)
S.discard(101)
S.add(55)
S.add(72)
S.discard(241)
S.pop() if S else None
S.pop() if S else None
S.pop() if S else None
S.discard(192)
S.add(78000234)
S.add(230)
S.pop() if S else None
S.add(-68)
S.pop() if S else None
S.add(-7000021)
S.discard(31)
S.pop() if S else None
S.discard(-46)
S.add(227000681)
S.add(122)
S.add(63)
S.add(149000447)
S.add(69)
S.pop() if S else None
S.add(-26)
S.add(109000327)
S.add(213)
S.pop() if S else None
S.discard(-85)
S.pop() if S else None
S.add(114)
S.pop() if S else None
S.add(33)
S.discard(220)
S.pop() if S else None
S.discard(237)
S.add(88000264)
S.add(118)
S.add(238)
S.discard(245)
S.pop() if S else None
S.pop() if S else None
S.add(101)
S.discard(-19)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.pop() if S else None
S.pop() if S else None
S.add(141)
S.add(204)
S.discard(95)
S.add(-23000069)
S.add(194)
S.pop() if S else None
S.pop() if S else None
S.discard(142)
S.add(221)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.add(-75000225)
S.discard(59)
S.discard(-82)
S.add(300)
S.add(223000669)
S.pop() if S else None
S.discard(117)
S.discard(216)
S.pop() if S else None
S.add(296000888)
S.add(-70000210)
S.add(-76)
S.discard(182)
S.add(280000840)
S.add(27)
S.pop() if S else None
S.discard(43)
S.add(-9)
S.pop() if S else None
S.pop() if S else None
S.add(-77)
S.pop() if S else None
S.add(81000243)
S.discard(228)
S.add(-55000165)
S.pop() if S else None
S.discard(-50)
S.add(-50)
S.pop() if S else None
S.add(259000777)
S.pop() if S else None
S.discard(-39)
S.discard(298)
S.add(141)
S.add(183)
S.add(208000624)
S.pop() if S else None
S.pop() if S else None
S.pop() if S else None
S.discard(164)
S.discard(106)
S.discard(41)
S.pop() if S else None
S.add(58)
S.add(9)
S.discard(91)
S.add(229000687)
S.pop() if S else None
S.add(257)
S.discard(-10)
S.add(137000411)
S.discard(97)
S.add(143000429)
S.add(36)
S.pop() if S else None
S.pop() if S else None
S.pop() if S else None
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.add(14)
S.pop() if S else None
S.add(121000363)
S.add(140)
S.pop() if S else None
S.add(272000816)
S.discard(-14)
S.add(214000642)
S.add(-95)
S.pop() if S else None
S.discard(-55)
S.discard(220)
S.add(0)
S.discard(69)
S.add(162)
S.discard(279)
S.pop() if S else None
S.add(246)
S.discard(65)
S.discard(105)
S.add(171)
S.discard(13)
S.add(80000240)
S.add(229000687)
S.add(198)
S.pop() if S else None
S.add(288000864)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.discard(204)
S.add(178000534)
S.pop() if S else None
S.discard(-91)
S.pop() if S else None
S.discard(76)
S.discard(1)
S.add(36)
S.add(166000498)
S.discard(268)
S.discard(231)
S.add(12)
S.add(74)
S.add(184)
S.discard(-61)
S.add(8)
S.add(-95000285)
S.pop() if S else None
S.add(88)
S.add(-47000141)
S.add(165)
S.pop() if S else None
S.add(86)
S.add(-55000165)
S.add(282000846)
S.add(204000612)
S.discard(144)
S.add(230)
S.pop() if S else None
S.add(-44000132)
S.add(-85000255)
S.pop() if S else None
S.add(143)
S.discard(287)
S.add(279000837)
S.add(260000780)
S.pop() if S else None
S.discard(265)
S.pop() if S else None
S.add(69)
S.add(58)
S.add(152000456)
S.discard(191)
S.add(85000255)
S.add(40)
S.add(107000321)
S.pop() if S else None
S.add(267)
S.add(167)
S.discard(-3)
S.discard(-64)
S.add(58)
S.add(-5000015)
S.add(300000900)
S.discard(132)
S.pop() if S else None
S.discard(81)
S.pop() if S else None
S.discard(253)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.discard(21)
S.add(159)
S.discard(261)
S.pop() if S else None
S.pop() if S else None
S.add(96000288)
S.discard(73)
S.discard(252)
S.add(42)
S.add(300)
S.add(244)
S.pop() if S else None
S.discard(28)
S.add(271)
S.add(-70)
S.add(168000504)
S.add(118000354)
S.discard(-32)
S.pop() if S else None
S.add(127000381)
S.add(43000129)
S.discard(270)
S.pop() if S else None
S.pop() if S else None
S.add(103000309)
S.add(72000216)
S.add(8000024)
S.add(150000450)
S.add(-3000009)
S.discard(-86)
S.discard(132)
S.pop() if S else None
S.add(114)
S.pop() if S else None
S.add(-65)
S.discard(161)
S.discard(255)
S.add(81)
S.add(90000270)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.pop() if S else None
S.add(184)
S.add(138)
S.pop() if S else None
S.pop() if S else None
S.pop() if S else None
S.pop() if S else None
S.pop() if S else None
S.pop() if S else None
S.add(62000186)
S.add(212)
S.discard(63)
S.pop() if S else None
S.pop() if S else None
S.add(185)
S.add(292)
S.discard(-33)
S.discard(57)
S.discard(59)
S.pop() if S else None
S.add(136000408)
S.discard(215)
S.discard(-26)
S.add(181000543)
S.discard(-35)
S.add(121)
S.add(289)
S.add(171000513)
S.discard(202)
S.pop() if S else None
S.pop() if S else None
S.discard(168)
S.pop() if S else None
S.pop() if S else None
S.add(-19000057)
S.discard(130)
S.pop() if S else None
S.add(142)
S.add(265000795)
S.add(274000822)
S.add(-41000123)
S.discard(-10)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.add(264)
S.pop() if S else None
S.discard(-33)
S.add(18)
S.add(91000273)
S.add(237000711)
S.add(-47)
S.pop() if S else None
S.pop() if S else None
S.add(92000276)
S.pop() if S else None
S.discard(247)
S.add(-79000237)
S.discard(-36)
S.discard(186)
S.add(263000789)
S.discard(105)
S.discard(255)
S.add(155000465)
S.pop() if S else None
S.add(181000543)
S.discard(298)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.add(63000189)
S.add(82000246)
S.add(196)
S.discard(254)
S.pop() if S else None
S.pop() if S else None
S.add(257)
S.pop() if S else None
S.add(268000804)
S.add(-62)
S.discard(223)
S.add(-82000246)
S.add(237)
S.pop() if S else None
S.add(269)
S.add(118000354)
S.add(160)
S.pop() if S else None
S.pop() if S else None
S.discard(-95)
S.discard(260)
S.add(241000723)
S.add(228)
S.pop() if S else None
S.add(276000828)
S.pop() if S else None
S.pop() if S else None
S.add(115)
S.add(-13)
S.pop() if S else None
S.discard(73)
S.add(11000033)
S.discard(201)
S.add(-56)
S.add(156000468)
S.add(264000792)
S.pop() if S else None
S.pop() if S else None
S.discard(-3)
S.add(74000222)
S.discard(43)
S.add(-8000024)
S.add(82)
S.pop() if S else None
S.add(107)
S.add(-82)
S.add(180000540)
S.pop() if S else None
S.add(101)
S.discard(33)
S.add(188000564)
S.add(186000558)
S.pop() if S else None
S.pop() if S else None
S.add(134000402)
S.add(251000753)
S.discard(156)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.add(80)
S.pop() if S else None
S.add(16)
S.add(-33)
S.add(186)
S.pop() if S else None
S.add(32000096)
S.add(149000447)
S.pop() if S else None
S.add(165000495)
S.discard(152)
S.pop() if S else None
S.pop() if S else None
S.add(118)
S.discard(-40)
S.add(222)
S.add(-73000219)
S.add(69000207)
S.add(212)
S.add(-77000231)
S.add(-69000207)
S.add(128000384)
S.add(86)
S.discard(245)
S.add(-53000159)
S.discard(52)
S.add(-96)
S.discard(-74)
S.add(81)
S.add(168)
S.add(298000894)
S.discard(261)
S.add(272000816)
S.add(-10000030)
S.discard(164)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.add(5000015)
S.pop() if S else None
S.add(-65)
S.discard(191)
S.add(99)
S.add(-19)
S.pop() if S else None
S.pop() if S else None
S.add(94)
S.add(87000261)
S.pop() if S else None
S.add(-76000228)
S.discard(168)
S.discard(224)
S.pop() if S else None
S.pop() if S else None
S.pop() if S else None
S.add(-83)
S.add(28)
S.pop() if S else None
S.discard(214)
S.add(68000204)
S.discard(172)
S.add(39)
S.add(-57)
S.add(132)
S.pop() if S else None
S.pop() if S else None
S.discard(201)
S.pop() if S else None
S.pop() if S else None
S.discard(-36)
S.discard(10)
S.add(213)
S.pop() if S else None
S.add(-62000186)
S.pop() if S else None
S.add(222000666)
S.pop() if S else None
S.add(191000573)
S.add(166)
S.add(283000849)
S.discard(103)
S.add(230)
S.pop() if S else None
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.pop() if S else None
S.add(181000543)
S.pop() if S else None
S.add(134)
S.pop() if S else None
S.pop() if S else None
S.add(-77)
S.add(102000306)
S.discard(-51)
S.add(251)
S.pop() if S else None
S.pop() if S else None
S.discard(110)
S.add(164000492)
S.discard(-9)
S.discard(28)
S.discard(128)
S.add(-51)
S.add(264000792)
S.add(35)
S.pop() if S else None
S.discard(-14)
S.add(-90000270)
S.add(-17000051)
S.discard(269)
S.add(-93000279)
S.pop() if S else None
S.discard(232)
S.pop() if S else None
S.add(138000414)
S.discard(76)
S.add(51000153)
S.pop() if S else None
S.pop() if S else None
S.add(201000603)
S.add(101)
S.discard(77)
S.add(-49000147)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.add(119)
S.add(166)
S.discard(89)
S.pop() if S else None
S.add(120000360)
S.add(9)
S.discard(103)
S.add(-43)
S.discard(226)
S.add(-9)
S.add(-43)
S.pop() if S else None
S.add(17000051)
S.add(-68000204)
S.add(43)
S.add(-82)
S.pop() if S else None
S.pop() if S else None
S.discard(246)
S.add(-80000240)
S.add(54)
S.pop() if S else None
S.add(155000465)
S.pop() if S else None
S.pop() if S else None
S.discard(72)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.add(191)
S.discard(291)
S.add(126000378)
S.discard(48)
S.discard(33)
S.add(60)
S.discard(80)
S.pop() if S else None
S.discard(189)
S.discard(295)
S.add(-47)
S.add(-65)
S.discard(48)
S.add(300)
S.pop() if S else None
S.add(126)
S.add(-78000234)
S.add(-100)
S.discard(114)
S.pop() if S else None
S.add(255000765)
S.pop() if S else None
S.add(98)
S.pop() if S else None
S.add(175)
S.pop() if S else None
S.pop() if S else None
S.add(297000891)
S.pop() if S else None
S.discard(200)
S.discard(125)
S.add(101000303)
S.discard(-34)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.discard(194)
S.discard(-48)
S.add(197)
S.add(-39)
S.pop() if S else None
S.discard(154)
S.add(44000132)
S.pop() if S else None
S.add(138)
S.pop() if S else None
S.pop() if S else None
S.add(-19000057)
S.add(268)
S.discard(129)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.add(45000135)
S.add(205)
S.pop() if S else None
S.discard(190)
S.add(97000291)
S.add(-13)
S.pop() if S else None
S.discard(-89)
S.add(173000519)
S.pop() if S else None
S.pop() if S else None
S.add(-89)
S.add(271000813)
S.add(285000855)
S.add(178)
S.pop() if S else None
S.discard(70)
S.add(117000351)
S.pop() if S else None
S.add(55)
S.pop() if S else None
S.add(-97000291)
S.add(-64000192)
S.add(97000291)
S.add(-11000033)
S.add(-34000102)
S.discard(274)
S.pop() if S else None
S.discard(179)
S.pop() if S else None
S.discard(126)
S.add(-60000180)
S.add(-8000024)
S.add(224)
S.discard(98)
S.discard(6)
S.add(286000858)
S.add(-88)
S.discard(61)
S.pop() if S else None
S.add(157)
S.discard(-53)
S.add(280)
S.pop() if S else None
S.add(-80)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.pop() if S else None
S.discard(194)
S.add(45000135)
S.discard(72)
S.add(286000858)
S.pop() if S else None
S.add(-36000108)
S.add(199)
S.pop() if S else None
S.add(53)
S.pop() if S else None
S.pop() if S else None
S.discard(262)
S.add(124)
S.discard(183)
S.add(-58000174)
S.pop() if S else None
S.pop() if S else None
S.add(197000591)
S.discard(173)
S.add(144)
S.pop() if S else None
S.discard(63)
S.pop() if S else None
S.discard(152)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.pop() if S else None
S.discard(-22)
S.add(300000900)
S.discard(224)
S.add(183000549)
S.pop() if S else None
S.add(116)
S.pop() if S else None
S.add(259000777)
S.discard(76)
S.add(240)
S.pop() if S else None
S.discard(131)
S.discard(220)
S.add(34)
S.add(278)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
S = set()
S.pop() if S else None
S.add(93000279)
S.add(-5)
S.discard(21)
S.add(30)
S.add(-13)
S.add(274)
S.discard(-71)
S.add(41000123)
S.add(191)
S.discard(-99)
S.add(180)
out.append(repr(S)); out.append(repr(S.copy())); out.append(repr(set(S))); out.append(repr({x for x in S})); out.append(repr(frozenset(S)))
for line in out:
    print(line)
