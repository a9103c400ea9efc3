"""Weights of the hybrid sentiment model (issue 21), written by
``python -m tests.perf.train_sentiment_model --write``: do not edit by hand.

One feature a line (see ``sentiment._features``): name, weight toward *neg*
and weight toward *pos*, each relative to *neutral*, tab-separated.
"""

WEIGHTS_TEXT = """\
a:a	0.408	-0.291
a:about	0.114	-0.0292
a:action	0.294	-0.0167
a:actually	0.556	0.000301
a:advice	0.521	-0.0853
a:afternoon	0.159	-0.0681
a:again	0.048	-0.00587
a:alert	0.167	-0.111
a:alerts	0.048	-0.00587
a:all	0.163	-0.152
a:already	-0.28	0.309
a:also	0.124	-0.002
a:an	0.537	-0.000219
a:ana	0.00598	0.0329
a:and	-0.142	0.415
a:android	0.118	-0.0269
a:another	0.0779	0.0183
a:answer	0.3	-0.119
a:anything	0.127	-0.106
a:api	0.07	-0.00158
a:apologies	0.205	-0.0242
a:apology	0.0688	-0.00894
a:are	0.437	-0.0892
a:as	0.124	-0.002
a:back	0.386	0.225
a:backlog	-0.282	0.308
a:basket	0.388	-0.0406
a:batch	-0.0808	0.445
a:be	0.0294	-0.00238
a:bearable	0.0472	0.148
a:because	0.21	-0.0451
a:been	0.044	0.121
a:before	0.0306	0.112
a:believe	0.205	0.0219
a:best	-0.287	0.29
a:better	0.0312	0.294
a:blank	0.453	-0.0763
a:board	0.0895	-0.0629
a:bookings	0.0948	-0.0858
a:boring	-0.287	0.29
a:bridge	0.00598	0.0329
a:bring	0.205	-0.0242
a:broke	0.194	-0.0635
a:broken	0.0905	-0.0155
a:but	-0.164	-0.137
a:by	0.0303	0.0884
a:calls	0.048	-0.00587
a:can	0.0997	-0.012
a:cannot	0.328	-0.0563
a:care	0.0914	-0.0853
a:cares	0.0895	-0.0629
a:caused	0.31	-0.271
a:changed	0.109	0.000221
a:checkout	0.388	-0.0406
a:cleanest	-0.016	0.201
a:clear	-0.291	0.293
a:clinics	0.328	-0.0563
a:close	0.21	-0.0451
a:closer	0.523	-0.0459
a:cluster	-0.283	0.283
a:come	0.218	-0.089
a:communicated	-0.0106	0.025
a:communication	0.361	-0.0612
a:complaining	-0.26	0.27
a:complete	-0.0182	0.13
a:conclusions	-0.59	-0.315
a:confirms	0.0518	-0.0391
a:contradicted	0.205	0.0219
a:corrupting	0.238	-0.0211
a:credits	0.0914	-0.0853
a:customer	0.218	-0.089
a:customers	0.109	-0.0338
a:dashboards	0.453	-0.0763
a:data	-0.0835	-0.0963
a:date	0.151	-7.44e-05
a:day	-0.00618	-0.0905
a:day's	0.0948	-0.0858
a:days	0.104	-0.00847
a:deadline	0.0779	0.0183
a:delighted	0.0147	0.0306
a:did	-0.19	0.241
a:do	0.134	-0.0606
a:does	0.23	-0.102
a:done	-0.016	0.201
a:door	0.0688	-0.00894
a:down	0.0958	-0.0165
a:downhill	0.297	-0.287
a:during	0.444	0.139
a:early	-0.0808	0.445
a:email	0.205	0.0219
a:end	0.0312	0.294
a:ended	0.223	-0.179
a:engineer	0.577	-2.72e-15
a:ever	-0.00499	0.0299
a:every	0.137	0.0369
a:everything	-0.0317	0.0534
a:excellent	-0.237	0.34
a:execs	-0.0106	0.025
a:explanation	0.577	-2.72e-15
a:export	0.213	-0.0211
a:failed	0.0948	-0.0858
a:failures	0.0343	0.00748
a:fast	-0.317	0.321
a:fears	0.0518	-0.0391
a:file	0.238	-0.0211
a:final	0.102	0.244
a:finance	0.14	-0.0359
a:finished	-0.0808	0.445
a:fired	0.048	-0.00587
a:fires	0.167	-0.111
a:first	0.226	-0.0621
a:fix	-0.168	0.333
a:fixed	0.235	-0.215
a:flag	-0.444	-0.585
a:for	-0.174	0.294
a:four	0.323	0.0395
a:friday	-0.0182	0.13
a:friendly	0.181	-0.0671
a:from	0.239	-0.0486
a:genuinely	-0.175	0.218
a:get	0.234	-0.104
a:give	0.151	-7.44e-05
a:gone	-0.0518	0.21
a:got	-0.225	0.233
a:grateful	-0.127	0.227
a:had	0.0123	0.148
a:half	0.242	-0.0339
a:handled	-0.0744	0.507
a:handover	0.102	0.244
a:happened	0.323	0.0395
a:happy	-0.265	0.268
a:has	0.26	-0.0836
a:have	-0.434	0.538
a:held	0.0472	0.148
a:hour	-0.0373	0.103
a:how	0.101	-0.0707
a:however	0.212	0.0906
a:i'm	0.0274	0.137
a:impressed	-0.175	0.218
a:in	0.507	-0.069
a:indefensible	0.187	-0.168
a:invoices	0.234	-0.104
a:involved	0.577	-2.72e-15
a:is	-0.156	0.256
a:it	0.265	0.0432
a:it's	-0.579	-0.263
a:items	0.294	-0.0167
a:itself	-0.28	0.355
a:january	0.253	-0.053
a:june	0.215	0.00444
a:keeps	0.0958	-0.0165
a:know	0.205	0.0219
a:last	0.123	-0.012
a:latency	0.108	0.274
a:later	0.0978	-0.04
a:left	0.412	-0.0172
a:letting	0.0958	-0.0165
a:like	0.577	-2.72e-15
a:log	0.118	-0.0269
a:logs	0.577	-2.72e-15
a:losing	0.285	-0.0498
a:lost	0.0256	0.105
a:lovely	0.07	-0.00158
a:lunch	0.152	-0.0599
a:made	0.325	0.0343
a:mattered	0.0948	-0.0858
a:me	0.0294	-0.00238
a:migration	0.509	-0.0536
a:minutes	-0.0373	0.103
a:missed	0.0779	0.0183
a:missing	0.27	-0.0585
a:months	0.377	-0.142
a:more	0.341	-0.256
a:morning	0.0899	-0.0102
a:most	0.0285	-0.00657
a:much	0.0894	-0.0576
a:needed	0.235	-0.215
a:new	-0.524	0.596
a:next	0.235	-0.215
a:nicely	-0.0759	0.156
a:night	0.106	-0.0538
a:nine	0.109	-0.0951
a:no	-0.467	-0.792
a:nobody	0.105	-0.00508
a:not	0.0813	0.00842
a:notes	0.218	-0.089
a:nothing	-0.518	-0.531
a:noticed	-0.0688	0.0966
a:now	0.0532	0.047
a:numbers	0.279	0.17
a:of	0.17	-0.0709
a:old	0.124	-0.002
a:on	0.142	-0.0143
a:one	0.0188	-0.0777
a:only	0.0895	-0.0629
a:open	0.163	-0.152
a:our	0.355	-0.028
a:out	0.0688	-0.00894
a:outage	0.306	-0.0424
a:outcome	0.0626	0.00679
a:page	0.388	-0.0406
a:paid	-0.28	0.309
a:patience	0.641	-0.0557
a:patient	-0.257	0.257
a:payroll	0.16	-0.083
a:perfect	-0.137	0.165
a:pipeline	-0.0512	0.327
a:place	0.285	-0.0498
a:plan	0.00598	0.0329
a:platform	0.0291	0.0366
a:problem	0.357	-0.226
a:problems	0.315	-0.275
a:process	0.0518	-0.0391
a:product	0.169	-0.1
a:promises	0.328	-0.0563
a:quality	-0.00167	0.0111
a:quarter	-0.00499	0.0299
a:ran	0.00598	0.0329
a:rca	0.253	-0.053
a:recovery	-0.212	0.236
a:recur	0.295	-0.162
a:regions	0.453	-0.0763
a:regressed	-0.179	0.329
a:release	0.289	-0.28
a:remains	0.156	-0.135
a:reporting	-0.28	0.309
a:reports	0.27	-0.0585
a:resolved	0.0294	-0.00238
a:result	-0.225	0.364
a:right	0.581	0.0702
a:rollout	-0.0182	0.13
a:root	0.451	-0.14
a:rows	0.27	-0.0585
a:run	0.328	-0.0563
a:runbook	-0.291	0.293
a:rush	-0.0373	0.103
a:sadly	0.142	-0.0627
a:said	0.205	0.0219
a:same	0.112	-0.0192
a:saw	0.577	-2.72e-15
a:say	0.163	-0.152
a:sent	0.258	-0.127
a:severity	0.187	-0.168
a:side	0.109	0.000221
a:sign	0.194	-0.0635
a:since	0.313	-0.256
a:sincere	0.205	-0.0242
a:single	0.114	-0.0309
a:slipped	0.21	-0.0451
a:slow	0.124	-0.002
a:smooth	-0.0182	0.13
a:so	-0.591	0.208
a:solid	0.017	0.0571
a:solved	0.315	-0.275
a:speed	0.00833	0.0349
a:sprint	0.264	-0.14
a:stable	-0.345	0.361
a:staff	0.194	-0.0635
a:started	0.581	0.0702
a:still	0.145	-0.0184
a:stop	0.0895	-0.0629
a:support	-0.175	0.218
a:system	0.16	-0.083
a:team	-0.199	0.344
a:tell	0.0759	-0.0476
a:than	0.355	-0.215
a:that	0.184	-0.141
a:the	0.0125	0.163
a:their	0.27	-0.0585
a:these	0.0343	0.00748
a:they	0.0914	-0.0853
a:thing	0.142	-0.127
a:third	0.238	-0.0211
a:this	0.582	-0.488
a:three	0.103	-0.0464
a:through	0.528	0.0505
a:throughout	-0.257	0.257
a:time	0.017	0.0571
a:timeouts	0.24	0.0284
a:times	0.323	0.0395
a:to	0.435	-0.545
a:trading	0.205	-0.0242
a:twice	0.237	-0.113
a:two	0.361	-0.159
a:unacceptable	0.285	-0.0498
a:unfortunately	0.226	-0.00817
a:untouched	0.451	-0.14
a:unusable	0.156	-0.135
a:up	-0.0849	0.139
a:updates	0.163	-0.152
a:upgrade	0.0185	0.111
a:uptime	0.0914	-0.0853
a:us	0.357	0.0858
a:users	-0.00688	0.0519
a:vague	0.294	-0.0167
a:version	0.205	0.0219
a:wait	0.187	-0.168
a:walk	0.577	-2.72e-15
a:was	0.176	0.205
a:way	-0.199	0.336
a:we	0.661	0.288
a:we'd	0.577	-2.72e-15
a:we're	0.569	0.727
a:we've	0.00393	0.118
a:wednesday	-0.0759	0.156
a:week	0.358	-0.165
a:weeks	0.14	-0.0874
a:what	0.538	0.0247
a:when	0.0294	-0.00238
a:where	0.86	-0.0386
a:which	0.205	0.0219
a:who	0.577	-2.72e-15
a:whole	0.017	0.0571
a:will	0.157	-0.0792
a:window	0.444	0.139
a:with	-0.0932	0.2
a:within	-0.0373	0.103
a:without	0.16	-0.083
a:workaround	0.16	-0.083
a:worked	-0.282	0.308
a:worse	0.447	-0.0753
a:worst	0.0518	-0.0391
a:written	0.444	0.139
a:wrong	0.434	-0.0753
a:year	0.297	-0.287
a:yet	-0.58	-0.452
a:you	0.0284	-0.0116
a:your	-0.216	0.382
a:~12	0.392	-0.0604
a:~13	0.328	-0.0715
a:~17	0.00598	0.0329
a:~19	0.0642	-0.0345
a:~20	0.0343	0.00748
a:~22	0.0553	-0.02
a:~25	0.048	-0.00587
a:~26	-0.314	0.361
a:~28	0.269	-0.0478
a:~30	0.537	-0.00216
a:~32	0.108	0.274
a:~54	0.663	-0.385
a:~55	0.16	-0.083
a:~64	-0.00449	0.0726
a:~65	-0.0206	0.247
a:~7	-0.0808	0.445
a:~9	-0.0133	0.258
b:, a	1.16	0.61
b:, all	0.309	0.367
b:, although	0.407	0.0735
b:, and	0.129	0.0138
b:, another	0.335	0.0801
b:, appreciate	-0.0523	0.655
b:, as	0.874	-0.221
b:, because	0.345	-0.0967
b:, broken	0.359	-0.0624
b:, but	0.259	0.201
b:, can	-0.292	-0.23
b:, cheers	-0.0196	0.754
b:, close	0.0398	0.841
b:, down	1.21	-0.15
b:, everything	-0.0675	0.174
b:, failing	0.723	-0.0394
b:, fine	0.0894	-0.0576
b:, for	-0.0395	0.466
b:, genuinely	0.00919	0.0193
b:, given	-0.295	0.295
b:, go	0.132	0.69
b:, grouped	-0.363	-0.316
b:, has	0.283	-0.282
b:, he	-0.0408	0.675
b:, honest	0.109	0.594
b:, however	0.0903	-0.0176
b:, i	0.00598	0.0329
b:, is	0.185	-0.152
b:, it	-0.277	0.302
b:, it's	0.185	-0.141
b:, just	0.044	-0.0145
b:, keep	-0.0392	0.394
b:, legend	-0.0736	0.806
b:, looks	0.0896	0.691
b:, looping	-0.731	-0.693
b:, might	-0.416	-0.59
b:, more	0.477	0.156
b:, nobody	0.314	0.0211
b:, not	0.0152	0.0242
b:, nothing	0.685	0.0956
b:, now	0.725	-0.254
b:, ole	-0.0766	0.523
b:, on	0.283	-0.282
b:, one	0.177	0.0454
b:, only	0.386	-0.205
b:, or	-0.423	-0.29
b:, our	-0.0491	0.245
b:, please	-0.0805	0.00313
b:, pls	0.913	0.089
b:, rebuilt	0.524	-0.0309
b:, remains	0.156	-0.135
b:, reopening	1.47	0.102
b:, resolved	-0.24	1.18
b:, right	0.546	0.0115
b:, rotated	0.524	-0.0309
b:, sadly	0.185	-0.152
b:, same	0.671	0.0643
b:, search	-0.0327	0.0783
b:, shame	0.653	-0.0209
b:, she	0.0433	0.262
b:, so	-0.467	-0.384
b:, sofia	-0.0165	0.314
b:, sorted	-0.0894	0.556
b:, still	-0.171	-0.233
b:, tell	0.0895	-0.0629
b:, testing	-0.437	-0.302
b:, thank	0.00861	0.596
b:, thanks	-0.0277	0.59
b:, that	-0.363	0.519
b:, that's	-0.126	1.3
b:, the	0.449	-0.204
b:, then	0.194	-0.147
b:, they	-0.479	0.073
b:, this	-0.0203	0.402
b:, though	0.134	0.0327
b:, thx	0.0323	1.02
b:, tomas	-0.0807	0.756
b:, two	0.668	0.0583
b:, ty	0.00712	1.08
b:, ugh	0.699	-0.0868
b:, unfortunately	0.156	-0.135
b:, we	-0.0594	-0.267
b:, we'll	-0.536	-0.464
b:, we're	-0.223	-0.283
b:, which	-0.0349	0.206
b:, who	-0.184	0.391
b:, will	-0.794	-0.804
b:, works	-0.0204	0.608
b:, yet	0.0595	0.126
b:, you	0.193	0.348
b:, your	-0.0845	0.321
b:, yusuf	0.0432	0.968
b:, ~11	0.281	0.104
b:, ~12	1.09	0.00903
b:, ~30	1.37	0.0414
b:, ~54	0.506	0.0482
b:, ~64	-0.0373	0.103
b:, ~7	0.00981	0.894
b:: an	0.304	-0.287
b:: another	0.505	0.102
b:: cet	-0.466	-0.396
b:: error	0.597	0.298
b:: four	0.127	-0.0563
b:: it	0.06	0.00605
b:: missing	0.279	-0.045
b:: since	-0.0804	0.162
b:: the	0.0471	0.152
b:: to	-0.568	-0.483
b:: utc	-0.467	-0.377
b:: your	0.0948	-0.0858
b:<s> a	-0.00908	0.204
b:<s> absolutely	0.472	0.102
b:<s> ack	-0.781	-0.751
b:<s> adding	-0.565	-0.535
b:<s> after	-0.375	0.503
b:<s> agents	-0.0262	0.111
b:<s> ah	0.574	-0.133
b:<s> all	0.531	0.513
b:<s> amazing	0.404	-0.18
b:<s> and	0.199	-0.185
b:<s> another	0.43	0.0959
b:<s> any	0.217	-0.0295
b:<s> appreciate	0.193	-0.153
b:<s> attached	-0.113	-0.139
b:<s> attaching	-0.431	-0.424
b:<s> awesome	0.211	-0.0259
b:<s> big	-0.272	0.418
b:<s> bit	-0.212	0.236
b:<s> both	0.569	0.228
b:<s> brilliant	0.901	0.0321
b:<s> but	0.0162	0.00141
b:<s> can	-0.464	-0.54
b:<s> ceased	-0.175	0.315
b:<s> checking	-1.03	-1.13
b:<s> checkout	0.154	0.986
b:<s> cheers	-0.00192	1.1
b:<s> cleared	0.524	-0.0309
b:<s> communication	0.655	-0.173
b:<s> confirmed	-0.263	0.32
b:<s> congrats	0.582	0.00811
b:<s> congratulations	0.358	-0.0327
b:<s> cool	0.424	-0.129
b:<s> could	-0.305	-0.279
b:<s> customers	-0.14	0.249
b:<s> data	0.00919	0.0193
b:<s> delighted	-0.108	0.84
b:<s> difficult	-0.59	-0.321
b:<s> dimitri's	0.277	0.585
b:<s> early	-0.726	-0.726
b:<s> every	0.0509	-0.00281
b:<s> everyone	0.0742	0.108
b:<s> everything	0.252	0.969
b:<s> exactly	0.264	-0.0917
b:<s> excellent	0.149	0.255
b:<s> expansion	0.537	-0.0558
b:<s> fabulous	0.283	0.0843
b:<s> failure	0.584	0.0362
b:<s> fair	0.215	0.00444
b:<s> fantastic	0.375	-0.0327
b:<s> feels	0.0822	0.909
b:<s> finally	-0.0727	1.31
b:<s> first	0.0162	0.213
b:<s> fixed	0.0687	1.46
b:<s> following	0.00383	-0.124
b:<s> for	-0.234	-0.208
b:<s> from	0.0896	0.597
b:<s> frustrating	-0.137	0.165
b:<s> fyi	-1.04	-0.869
b:<s> give	-0.786	-0.582
b:<s> given	0.231	0.0411
b:<s> glad	0.00432	0.571
b:<s> going	0.526	-0.0442
b:<s> good	0.569	-0.252
b:<s> great	0.604	-0.176
b:<s> happy	0.455	-0.142
b:<s> hard	-0.414	-0.579
b:<s> have	0.153	0.458
b:<s> he	-0.265	0.266
b:<s> here	-0.187	-0.124
b:<s> his	-0.544	0.0197
b:<s> honestly	0.582	0.0936
b:<s> however	0.238	0.123
b:<s> huge	-0.0514	0.359
b:<s> i	-0.101	0.455
b:<s> i'd	0.448	-0.134
b:<s> i'll	0.361	-0.0612
b:<s> i'm	0.329	-0.176
b:<s> if	-0.186	-0.117
b:<s> in	0.313	-0.254
b:<s> incidents	0.584	0.117
b:<s> initially	0.145	-0.0116
b:<s> is	-1.18	-0.662
b:<s> it	-0.191	0.219
b:<s> it's	0.0431	0.102
b:<s> jury	-0.51	-0.622
b:<s> jury's	-0.403	-0.585
b:<s> just	0.122	0.192
b:<s> kind	-0.0682	0.317
b:<s> kindly	0.16	-0.1
b:<s> knowing	0.0801	0.51
b:<s> kudos	0.0532	0.321
b:<s> less	0.291	-0.286
b:<s> let	-0.176	-0.211
b:<s> let's	-0.614	-0.454
b:<s> lgtm	0.00641	0.943
b:<s> logging	-0.368	-0.32
b:<s> looking	-0.688	-0.881
b:<s> love	0.628	-0.322
b:<s> lovely	0.65	-0.444
b:<s> lukas	-0.19	0.595
b:<s> many	-0.0133	0.28
b:<s> marcus	0.155	0.45
b:<s> maybe	0.582	0.00811
b:<s> meanwhile	0.483	0.181
b:<s> might	-0.416	-0.59
b:<s> much	0.0432	0.968
b:<s> nadia	-0.0729	0.491
b:<s> never	-0.287	0.29
b:<s> nice	0.798	-0.325
b:<s> no	-0.388	0.0106
b:<s> nobody	0.976	0.0237
b:<s> nope	0.902	0.0689
b:<s> not	0.115	0.652
b:<s> noted	-0.696	-0.667
b:<s> nothing	-0.342	0.552
b:<s> np	0.0437	1.22
b:<s> numbers	-0.59	-0.315
b:<s> oh	0.304	0.023
b:<s> ok	-0.856	-0.418
b:<s> our	-0.0567	-0.328
b:<s> outstanding	0.0673	0.777
b:<s> over	0.58	0.125
b:<s> payment	0.411	-0.0639
b:<s> pending	-0.525	-0.711
b:<s> people	-0.0458	0.266
b:<s> perfect	0.212	0.458
b:<s> performance	0.524	-0.0292
b:<s> phew	-0.0812	0.617
b:<s> pity	0.276	-0.0306
b:<s> please	-0.106	-0.0934
b:<s> pls	-0.925	-0.872
b:<s> possibly	-0.384	-0.296
b:<s> procurement	0.0774	0.000773
b:<s> quick	0.0747	-0.0194
b:<s> ravi	0.03	0.3
b:<s> really	0.538	-0.0386
b:<s> relieved	-0.0858	0.167
b:<s> requesting	-0.496	-0.404
b:<s> reserving	-0.268	-0.313
b:<s> resolved	-0.0523	0.655
b:<s> response	-0.154	0.379
b:<s> sadly	0.124	-0.002
b:<s> same	0.703	-0.0677
b:<s> sarah	0.549	-0.249
b:<s> sending	-0.363	-0.316
b:<s> service	0.0894	-0.0576
b:<s> shame	0.045	-0.0212
b:<s> since	-0.153	0.433
b:<s> smooth	-0.00512	0.38
b:<s> so	0.219	0.0232
b:<s> sofia	-0.0406	0.543
b:<s> sorted	-0.0155	0.896
b:<s> special	-0.126	0.429
b:<s> still	0.284	0.0664
b:<s> store	-0.0222	0.225
b:<s> students	0.0117	-0.00391
b:<s> such	-0.103	0.395
b:<s> super	0.493	-0.0579
b:<s> superb	0.0993	0.399
b:<s> sweet	0.0185	1.26
b:<s> teachers	0.0524	0.291
b:<s> tested	0.0259	0.659
b:<s> thank	-0.0985	0.369
b:<s> thankfully	0.137	0.624
b:<s> thanks	-0.0513	0.338
b:<s> that	-0.156	0.187
b:<s> that's	0.116	0.0515
b:<s> the	0.172	0.241
b:<s> then	0.525	0.182
b:<s> there	0.463	0.146
b:<s> there's	0.216	0.307
b:<s> they	-0.211	0.326
b:<s> things	-0.0746	0.286
b:<s> this	0.395	0.187
b:<s> three	0.353	0.223
b:<s> thumbsup	-0.0334	1.06
b:<s> thx	-0.0201	0.844
b:<s> too	-0.572	-0.453
b:<s> top	-0.169	0.672
b:<s> traffic	-0.149	-0.115
b:<s> turns	-0.282	0.308
b:<s> two	0.0872	0.0391
b:<s> ty	-0.239	1.09
b:<s> ugh	0.951	-0.0929
b:<s> unfortunately	0.237	-0.00049
b:<s> users	-0.146	0.394
b:<s> very	0.157	0.209
b:<s> waiting	-0.19	-0.268
b:<s> we	-0.0773	0.224
b:<s> we'd	-0.731	-0.398
b:<s> we'll	-0.601	-0.847
b:<s> we're	-0.361	-0.0161
b:<s> we've	-0.181	-0.273
b:<s> well	0.353	-0.0167
b:<s> what	-0.142	-0.488
b:<s> what's	-0.344	-0.33
b:<s> whatever	-0.0392	0.394
b:<s> when	-0.279	0.283
b:<s> which	-0.403	-0.496
b:<s> who	-0.81	-0.66
b:<s> will	-1.51	-1.37
b:<s> wonderful	0.304	0.0615
b:<s> works	0.0115	1.38
b:<s> yeah	0.345	-0.0967
b:<s> yep	-0.00584	0.639
b:<s> yes	-0.132	0.783
b:<s> you	0.518	0.107
b:<s> you've	0.245	0.544
b:<s> your	0.618	0.455
b:<s> yup	-0.0512	0.663
b:<s> zainab	0.114	0.651
b:<s> ~10	-0.0167	0.527
b:<s> ~12	0.467	0.0421
b:<s> ~14	-0.479	0.644
b:<s> ~16	-0.0455	0.452
b:<s> ~17	0.409	0.0241
b:<s> ~19	1.47	0.102
b:<s> ~21	0.0343	0.00748
b:<s> ~22	0.848	-0.0106
b:<s> ~26	-0.0201	0.661
b:<s> ~27	0.452	-0.00752
b:<s> ~30	0.473	0.0403
b:<s> ~32	-0.0133	0.263
b:<s> ~4	1.38	-0.0675
b:<s> ~54	0.0565	-0.0121
b:<s> ~6	1.69	0.0465
b:<s> ~60	0.296	0.0107
b:<s> ~68	0.136	0.182
b:<s> ~69	-0.00499	0.0299
b:<s> ~7	0.0029	0.747
b:<s> ~8	-0.0115	0.802
b:<s> ~9	-0.187	0.4
b:a better	-0.00683	0.535
b:a big	-0.0566	0.382
b:a billing	0.177	0.0454
b:a breach	0.671	0.275
b:a breakdown	0.588	0.239
b:a broken	0.07	-0.00158
b:a bug	-0.368	-0.32
b:a bumpy	-0.0759	0.156
b:a call	-0.0938	-0.398
b:a clear	0.0849	0.0748
b:a closed	0.304	-0.287
b:a complaint	-0.435	0.559
b:a config	-0.295	-0.286
b:a constant	0.103	-0.101
b:a copy	0.118	0.0315
b:a couple	-0.571	-0.311
b:a customer	0.295	0.0238
b:a date	0.151	-7.44e-05
b:a day	0.0892	0.313
b:a day's	0.0948	-0.0858
b:a deployment	-0.174	0.252
b:a difference	-0.389	-0.423
b:a difficult	0.177	0.0454
b:a disaster	0.438	-0.1
b:a fantastic	-0.077	0.382
b:a few	-0.383	0.087
b:a first	-0.0403	0.269
b:a fix	0.407	0.0343
b:a formal	0.355	-0.0411
b:a fourth	0.0565	-0.0121
b:a full	-0.559	-0.315
b:a fun	-0.225	0.233
b:a further	0.284	-0.00542
b:a great	0.668	0.0583
b:a hectic	-0.0746	0.286
b:a hit	-0.268	0.269
b:a hitch	-0.0162	0.369
b:a huge	-0.0285	0.241
b:a late	-0.0958	0.136
b:a lost	0.205	-0.0242
b:a lot	-0.657	0.888
b:a major	0.464	-0.127
b:a mandatory	0.345	-0.0967
b:a material	0.201	-0.0819
b:a meeting	1.18	0.471
b:a miserable	0.589	-0.0183
b:a monday	0.534	-0.0182
b:a month	0.195	0.15
b:a morning	0.3	-0.119
b:a new	-0.553	-0.414
b:a nightmare	0.518	-0.24
b:a nine	0.187	-0.168
b:a note	0.0147	0.0328
b:a one	0.323	0.0395
b:a p1	0.524	0.0643
b:a painful	-0.252	0.284
b:a partial	-0.505	-0.475
b:a partner	0.194	-0.147
b:a payroll	0.16	-0.083
b:a peep	0.153	0.458
b:a penalty	0.263	0.0385
b:a plan	0.0948	-0.0858
b:a pleasant	-0.0228	0.323
b:a pleasure	-0.185	0.637
b:a position	-0.491	-0.322
b:a problem	-0.192	0.463
b:a proof	0.396	0.0656
b:a quick	-0.00499	0.0299
b:a quiet	-0.175	0.649
b:a refund	0.534	0.167
b:a regression	-0.295	-0.286
b:a reliability	0.433	0.0888
b:a relief	-0.0903	0.614
b:a reply	0.446	0.104
b:a report	0.586	0.0131
b:a rocky	-0.171	0.173
b:a scare	-0.212	0.236
b:a second	0.59	-0.0254
b:a separate	-0.31	-0.281
b:a severity	0.187	-0.168
b:a single	0.186	0.172
b:a special	-0.136	0.315
b:a stable	0.168	0.146
b:a star	-0.0506	0.532
b:a status	0.028	-0.0618
b:a steady	0.438	-0.155
b:a stressful	-0.124	0.469
b:a sunday	-0.0201	0.692
b:a sustained	0.537	-0.0558
b:a sync	-0.113	0.345
b:a team	0.282	0.0183
b:a template	0.581	0.224
b:a tender	0.587	0.129
b:a tense	-0.0989	0.259
b:a thing	-0.286	0.286
b:a third	0.584	0.117
b:a ticket	-0.557	-0.34
b:a tough	-0.0106	0.025
b:a treat	0.584	0.117
b:a vendor	0.326	-0.0602
b:a verdict	-0.437	-0.374
b:a view	-0.202	-0.165
b:a week	-0.238	-0.0251
b:a while	-0.291	0.293
b:a workaround	0.16	-0.083
b:a working	0.584	0.123
b:a written	0.278	-0.269
b:a ~0	0.562	-0.268
b:a ~1	0.49	0.177
b:a ~2	0.372	0.113
b:a ~27	0.597	0.147
b:a ~3	0.0774	0.000773
b:a ~32	-0.0705	0.184
b:a ~5	0.32	-0.0663
b:a ~54	0.044	-0.0145
b:a ~8	-0.0591	0.63
b:able to	0.584	0.0318
b:about an	-0.287	0.29
b:about checkout	-0.0783	0.181
b:about credits	0.0914	-0.0853
b:about data	0.515	0.0135
b:about dropped	0.153	0.458
b:about how	-0.135	0.44
b:about it	0.153	0.697
b:about latency	-0.107	0.237
b:about moving	-0.245	0.338
b:about our	0.612	0.000386
b:about slow	-0.0664	0.626
b:about stuck	-0.0494	0.331
b:about the	-0.217	0.608
b:about this	0.392	-0.118
b:about uptime	0.0914	-0.0853
b:about what	0.364	-0.236
b:about why	0.459	-0.0884
b:absolutely ~51	0.472	0.102
b:acceptable by	0.292	0.0101
b:access to	-0.496	-0.404
b:account director	0.305	0.15
b:account executive	0.675	-0.0401
b:account ids	-0.187	-0.124
b:account manager	0.07	-0.00158
b:account managers	0.0116	0.264
b:account team	-0.691	-0.621
b:accountants ceased	-0.0141	0.319
b:accounts ourcompany	-0.366	-0.22
b:accurate and	-0.0834	0.425
b:accurate to	0.397	0.0587
b:action items	0.294	-0.0167
b:actions we	0.233	-0.0101
b:actually changed	0.133	-0.0595
b:actually involved	0.577	-2.72e-15
b:add our	-0.32	-0.399
b:add priya	-0.431	-0.4
b:add the	-0.468	-0.353
b:added two	-0.531	-0.525
b:adding our	-0.55	-0.297
b:adding priya	-0.309	-0.468
b:additional seats	0.295	0.0804
b:address has	-0.701	-0.757
b:addresses the	0.262	0.0514
b:adequately resourced	0.32	0.0587
b:admin has	-0.594	-0.453
b:administrators to	-0.531	-0.525
b:advance let	0.0801	0.51
b:advice made	0.521	-0.0853
b:advise what	0.41	-0.00757
b:advised we	0.591	0.216
b:affected account	-0.187	-0.124
b:affected by	-0.588	-0.624
b:affected period	0.534	0.167
b:affected tenants	-0.292	-0.23
b:affected window	-0.355	-0.329
b:affects the	-0.155	-0.0993
b:after a	-0.0664	0.276
b:after another	0.313	-0.254
b:after friday's	-0.823	-0.734
b:after it	0.441	-0.156
b:after last	-0.22	0.251
b:after launch	0.0139	0.0742
b:after monday's	-0.313	-0.236
b:after our	0.0461	0.0506
b:after redeploy	0.57	0.0512
b:after that	-0.246	-0.176
b:after the	-0.00866	0.0587
b:after this	0.187	0.00481
b:after tuesday	0.542	0.0892
b:after tuesday's	-0.107	0.237
b:after you	-0.141	0.415
b:after your	0.69	0.074
b:afterwards and	-0.186	-0.117
b:again and	0.0985	0.1
b:again in	0.344	-0.0779
b:again on	0.588	0.294
b:again right	0.476	-0.06
b:again this	0.378	-0.212
b:again thumbsdown	0.359	-0.0624
b:again to	-0.0682	0.317
b:again today	0.128	-0.0686
b:against version	-0.368	-0.32
b:agenda for	-0.498	-0.483
b:agent by	0.34	0.06
b:agent on	-0.702	-0.703
b:agent should	-0.559	-0.305
b:agents ceased	-0.0357	0.261
b:agents had	0.589	-0.0183
b:agents on	-0.375	-0.188
b:agents spent	0.0822	-0.00371
b:agents stopped	-0.0262	0.111
b:agreed have	0.233	-0.0101
b:agreement beyond	0.119	0.00426
b:agreement in	0.212	0.076
b:ah yes	0.574	-0.133
b:ahead and	0.132	0.69
b:ahmed on	-0.514	-0.578
b:ai features	0.582	0.00811
b:alert emails	0.0135	0.224
b:alert fires	0.167	-0.111
b:alerting rules	-0.282	0.308
b:alerts are	0.357	0.0947
b:alerts fired	0.048	-0.00587
b:alerts since	0.0177	0.0903
b:alive and	0.281	0.1
b:all communication	0.526	-0.0442
b:all correspondence	0.39	0.131
b:all credit	0.581	0.0702
b:all fixed	-0.0102	0.355
b:all future	-0.302	-0.434
b:all green	0.0193	0.00674
b:all hosts	-0.375	-0.188
b:all night	0.0772	0.133
b:all nodes	-0.698	-0.818
b:all over	0.626	-0.0496
b:all passed	0.00919	0.0193
b:all round	0.0374	0.159
b:all say	0.163	-0.152
b:all sorted	-0.0516	0.658
b:all there	-0.0655	0.6
b:all time	0.316	-0.272
b:all week	0.352	0.295
b:all ~7	0.0534	0.774
b:allows us	0.0565	-0.0121
b:also on	0.424	-0.129
b:also twice	0.124	-0.002
b:also ~28	0.655	0.137
b:although each	0.408	0.052
b:although it	0.435	-0.173
b:although the	0.422	0.15
b:always lands	0.259	0.0414
b:am and	-0.0958	0.136
b:am i	-0.0879	0.449
b:am not	0.102	0.00624
b:am ~12	0.128	-0.0686
b:amara for	-0.204	0.364
b:amazing how	0.404	-0.18
b:an all	0.316	-0.272
b:an apology	0.0759	-0.0291
b:an automated	0.304	-0.287
b:an engineer	0.577	-2.72e-15
b:an eye	-0.447	-0.327
b:an hour	-0.147	0.35
b:an independent	0.473	-0.115
b:an internal	-0.63	-0.497
b:an rca	0.174	0.0151
b:an rfp	0.0774	0.000773
b:an upgrade	-0.287	0.29
b:ana for	0.0358	0.475
b:ana ran	0.00598	0.0329
b:analysis does	0.397	0.0587
b:analysis was	0.368	0.0447
b:analysts are	-0.715	-0.566
b:and a	0.136	-0.134
b:and again	0.588	0.294
b:and an	0.177	0.0454
b:and are	-0.557	-0.279
b:and arrive	-0.0834	0.425
b:and attached	-0.525	-0.655
b:and blames	0.596	-0.044
b:and by	0.0139	0.0742
b:and clear	0.165	0.0578
b:and clearly	0.0948	-0.0858
b:and close	0.132	0.69
b:and come	-0.0321	-0.0163
b:and confirm	-0.186	-0.117
b:and customers	0.127	-0.106
b:and decide	-0.26	-0.282
b:and easy	0.00328	0.594
b:and error	-0.431	-0.424
b:and escalate	0.58	0.125
b:and every	0.0509	-0.00281
b:and everything	-0.0731	0.111
b:and expect	0.288	-0.267
b:and fixed	-0.169	0.422
b:and for	0.295	-0.294
b:and frankly	0.053	-0.0116
b:and get	0.0561	0.428
b:and goodwill	0.667	-0.0228
b:and had	-0.0682	0.204
b:and has	-0.413	0.521
b:and have	0.294	-0.0167
b:and honest	-0.0631	0.559
b:and i	0.0781	-0.00338
b:and i'm	0.179	0.0266
b:and it	0.212	-0.104
b:and keep	-0.533	-0.546
b:and kept	-0.295	0.295
b:and knowledgeable	-0.188	0.455
b:and legal	0.3	0.115
b:and let	-0.499	-0.368
b:and my	0.0821	-0.0626
b:and nobody	0.027	0.493
b:and not	0.213	-0.0634
b:and nothing	-0.212	0.236
b:and november	0.588	0.239
b:and now	0.169	-0.102
b:and orders	-0.0925	0.394
b:and our	-0.154	0.27
b:and patience	0.0822	-0.00371
b:and patient	0.132	0.339
b:and people	0.0177	0.0903
b:and quiet	0.0364	0.236
b:and ravi	-0.04	0.482
b:and remedies	0.322	0.0543
b:and report	-0.564	-0.612
b:and respond	-0.229	-0.169
b:and revert	-0.723	-0.79
b:and rising	0.59	0.295
b:and security	-0.567	-0.439
b:and see	-0.818	-0.75
b:and smooth	-0.0182	0.13
b:and so	-0.0879	0.449
b:and team	-0.038	0.387
b:and th	-0.549	-0.513
b:and thank	-0.0682	0.317
b:and that	0.0895	-0.0629
b:and the	-0.685	0.82
b:and things	-0.192	0.39
b:and this	0.386	-0.183
b:and unhelpful	0.627	-0.108
b:and update	-0.491	-0.312
b:and useful	0.109	0.594
b:and we	0.177	0.0449
b:and we'd	0.577	-2.72e-15
b:and we're	-0.42	0.429
b:and well	0.113	0.222
b:and were	0.0116	0.0258
b:and who	-0.346	-0.243
b:and will	0.251	0.0158
b:and your	0.555	0.255
b:and ~12	0.3	-0.119
b:and ~13	0.295	-0.162
b:and ~14	-0.11	0.397
b:and ~19	0.674	-0.00808
b:and ~64	0.00598	0.0329
b:angry emails	-0.191	0.401
b:angry that	0.389	-0.0776
b:anna for	0.0691	0.729
b:annual review	0.331	0.111
b:another maintenance	0.426	0.0866
b:another minor'	0.404	-0.00423
b:another missed	0.0779	0.0183
b:another postmortem	0.558	0.0533
b:another quarter	0.424	-0.158
b:another three	0.255	0.0726
b:another ticket	0.473	0.196
b:another week	0.353	0.134
b:another weekend	0.43	0.0959
b:another ~46	0.164	0.0324
b:answer about	0.459	-0.0884
b:answer was	0.3	-0.119
b:answered fast	0.518	0.0932
b:answered the	0.531	-0.0836
b:any choice	0.213	-0.0634
b:any complaints	-0.0718	0.515
b:any conclusions	-0.451	-0.583
b:any further	0.217	-0.0295
b:any improvement	0.593	-0.0118
b:any measure	0.292	0.0101
b:any new	-0.57	-0.543
b:any of	0.433	-0.141
b:any problems	-0.11	0.397
b:any questions	-0.246	-0.176
b:any slowness	-0.18	0.304
b:any timeout	-0.104	0.113
b:any vendor	0.277	0.585
b:anyone on	0.3	0.0868
b:anyone take	0.378	-0.206
b:anything about	-0.135	0.44
b:anything fails	-0.186	-0.117
b:apac region	-0.52	-0.298
b:api changes	0.00328	0.594
b:api is	-0.0705	0.184
b:api key	-0.605	-0.613
b:api keys	-0.594	-0.453
b:api now	0.458	-0.128
b:api offline	0.251	-0.0092
b:apologies do	0.205	-0.0242
b:apologise to	0.292	0.0959
b:apologising to	0.0822	-0.00371
b:apology does	0.0688	-0.00894
b:apology letter	0.589	0.15
b:apology was	0.205	-0.0242
b:app ceased	0.584	-0.00149
b:app crashes	-0.042	0.37
b:app logs	0.0358	-0.00615
b:app ~53	0.694	-0.0334
b:appear in	-0.0347	0.578
b:applies and	0.263	0.0385
b:appreciate being	0.409	-0.177
b:appreciate it	-0.0523	0.655
b:appreciate that	0.16	-0.083
b:appreciate the	0.2	0.158
b:appreciated maya's	-0.137	0.422
b:approach but	-0.444	-0.585
b:approved while	0.344	-0.246
b:architects next	-0.0321	-0.0163
b:architecture diagram	-0.541	-0.591
b:architecture review	-0.246	-0.176
b:are a	-0.152	0.536
b:are accurate	-0.0834	0.425
b:are agreed	0.189	0.0634
b:are all	-0.0655	0.6
b:are angry	0.389	-0.0776
b:are appreciated	0.341	-0.244
b:are at	0.59	0.295
b:are blank	0.59	-0.277
b:are calling	0.127	-0.106
b:are ceased	0.0575	0.232
b:are coming	-0.0925	0.394
b:are complaining	0.332	-0.0824
b:are considering	0.0565	-0.0121
b:are corrected	0.404	0.0555
b:are deeply	0.598	-0.0243
b:are disappointed	0.367	-0.111
b:are documenting	0.33	0.112
b:are duplicated	0.725	-0.254
b:are exhausted	0.588	0.0252
b:are extremely	0.477	-0.11
b:are failing	0.234	-0.0195
b:are fast	-0.0143	0.103
b:are finally	-0.0746	0.286
b:are flowing	-0.239	0.581
b:are formally	0.36	0.0414
b:are frustrated	0.403	-0.0213
b:are furious	0.584	-0.0698
b:are going	-0.0195	0.306
b:are great	0.185	-0.152
b:are happy	-0.0879	0.449
b:are holding	-0.509	-0.55
b:are in	-0.463	0.154
b:are inconclusive	-0.726	-0.726
b:are invoking	0.328	0.108
b:are issuing	0.0925	-0.0302
b:are not	0.276	0.00066
b:are now	0.27	-0.0585
b:are really	-0.0338	0.752
b:are reliable	0.357	0.0947
b:are reviewing	0.428	0.174
b:are running	-0.698	-0.818
b:are satisfied	0.755	-0.305
b:are sleeping	0.0177	0.0903
b:are staring	0.178	-0.125
b:are still	-0.547	-0.599
b:are the	-0.113	-0.139
b:are trustworthy	-0.23	0.361
b:are uploaded	-0.591	-0.347
b:are vague	0.294	-0.0167
b:are very	0.135	0.508
b:are wasting	0.544	0.0762
b:are withholding	0.404	0.0555
b:are wrong	0.506	-0.0573
b:are ~1	0.461	0.117
b:are ~12	0.348	-0.0583
b:are ~20	0.675	-0.0401
b:are ~22	0.278	-0.0678
b:are ~23	0.0155	0.567
b:are ~24	0.0865	-0.00678
b:are ~27	1.69	-0.0131
b:are ~28	0.368	-0.00751
b:are ~3	0.701	0.157
b:are ~31	0.212	0.076
b:are ~39	0.283	-0.00796
b:are ~5	0.568	0.197
b:are ~51	0.478	-0.193
b:are ~66	-0.192	0.39
b:around it	-0.238	0.149
b:around midnight	0.47	-0.44
b:around so	-0.0303	0.213
b:around the	0.0358	0.475
b:arrange a	0.228	0.00488
b:arrive on	-0.0834	0.425
b:arrived three	0.177	0.0454
b:arrived two	0.473	-0.085
b:arriving in	0.462	-0.122
b:as a	0.0387	-0.156
b:as always	0.293	0.424
b:as downtime	-0.578	-0.42
b:as everyone	0.32	-0.27
b:as expected	-0.1	0.608
b:as high	0.18	-0.00672
b:as part	0.331	0.111
b:as planned	0.466	-0.0383
b:as requested	-0.594	-0.453
b:as separate	-0.57	-0.543
b:as slow	0.124	-0.002
b:as stipulated	0.586	0.0131
b:as the	0.124	-0.002
b:as usual	-0.137	0.334
b:as ~0	0.0793	-0.0243
b:asked for	1.32	0.206
b:asked to	0.364	-0.0358
b:asked us	0.268	0.0219
b:asked whether	0.926	0.357
b:asking hard	0.253	-0.053
b:asking me	0.259	-0.149
b:asking where	-0.0891	0.336
b:assigned engineer	-0.346	-0.243
b:assigned the	-0.586	-0.627
b:assigned to	-0.315	-0.303
b:at am	-0.0958	0.136
b:at an	0.316	-0.272
b:at checkout	0.0347	0.313
b:at director	0.544	-0.0493
b:at error	0.178	-0.125
b:at it	-0.252	-0.25
b:at midnight	0.586	0.0103
b:at night	-0.0252	0.309
b:at our	0.0894	0.00562
b:at percent	0.59	0.295
b:at quarter	0.279	-0.045
b:at renewal	-0.28	0.309
b:at the	0.4	-0.043
b:at this	-0.59	-0.321
b:at your	0.515	0.184
b:attach the	-0.591	-0.455
b:attached are	-0.113	-0.139
b:attached for	-0.795	-0.561
b:attached pdf	-0.355	-0.329
b:attached sheet	-0.187	-0.124
b:attached the	-0.31	-0.361
b:attaching the	-0.431	-0.424
b:audit is	-0.588	-0.409
b:auditors have	0.32	-0.0663
b:august and	0.344	-0.0779
b:automated reply	0.304	-0.287
b:availability clause	0.38	-0.00147
b:away from	0.364	-0.0358
b:awesome ty	-0.178	0.413
b:awful from	0.557	-0.346
b:back a	0.205	-0.0242
b:back after	-0.536	-0.464
b:back and	-0.0925	0.394
b:back complete	0.0332	0.596
b:back correct	0.0314	0.57
b:back once	-0.269	-0.243
b:back our	0.552	-0.017
b:back the	-0.141	0.415
b:back to	-0.0829	0.492
b:back up	0.0442	0.0478
b:back where	0.581	0.0702
b:back with	-0.0456	-0.117
b:backlog has	-0.295	0.295
b:backlog is	-0.282	0.308
b:backup failure	-0.423	-0.29
b:backup job	0.296	-0.00153
b:backups restored	-0.125	0.756
b:backups were	0.424	-0.129
b:bad config	0.55	-0.0379
b:bad in	0.228	-0.0443
b:badly shaken	0.573	0.00262
b:based in	-0.346	-0.591
b:basket page	0.388	-0.0406
b:batch and	-0.000685	0.0128
b:batch finished	-0.0256	0.465
b:batch has	-0.00585	0.0558
b:batch import	0.00678	0.233
b:batch twice	0.58	0.125
b:batches next	-0.568	-0.456
b:be a	0.177	0.0454
b:be advised	0.591	0.216
b:be approved	0.344	-0.246
b:be back	-0.0617	0.526
b:be better	-0.416	-0.59
b:be coincidence	-0.416	-0.59
b:be considered	0.296	-0.277
b:be deducting	0.263	0.0385
b:be direct	0.361	-0.0612
b:be fair	0.0948	-0.0858
b:be fixed	-0.399	-0.102
b:be in	0.432	0.104
b:be issuing	0.597	0.147
b:be live	0.134	0.0648
b:be migrating	-0.568	-0.456
b:be on	-0.475	-0.474
b:be out	-0.484	-0.47
b:be patient	0.734	-0.344
b:be raised	0.4	-0.043
b:be raising	0.49	0.177
b:be rebuilt	-0.651	-0.751
b:be recommending	0.0147	0.0328
b:be reflected	0.585	0.114
b:be related	-0.3	-0.155
b:be renewing	0.421	0.0993
b:be requesting	0.534	0.167
b:be resolved	0.0294	-0.00238
b:be routed	-0.457	-0.316
b:be scheduled	-0.155	-0.0993
b:be set	-0.298	-0.454
b:be shared	-0.174	-0.26
b:be the	0.159	-0.134
b:be this	-0.106	0.466
b:be tracked	-0.368	-0.32
b:be unfounded	-0.294	0.296
b:be ~1	0.314	-0.207
b:be ~3	0.331	0.111
b:be ~31	0.903	0.107
b:be ~5	0.415	0.126
b:bearable and	0.0472	0.148
b:beatriz for	-0.0446	0.473
b:beautifully since	0.135	0.581
b:because of	0.345	0.0059
b:because the	0.259	-0.0378
b:because what	0.345	-0.0967
b:been a	-0.172	0.333
b:been able	0.584	0.0318
b:been appalling	0.581	-0.226
b:been asked	0.364	-0.0358
b:been awful	0.557	-0.346
b:been broken	0.483	0.181
b:been busy	0.5	-0.0879
b:been calm	-0.171	0.173
b:been consistently	-0.277	0.557
b:been copied	0.43	-0.3
b:been dependable	0.0145	0.631
b:been doing	0.205	-0.144
b:been excellent	-0.0989	0.259
b:been friendly	0.258	-0.127
b:been great	0.0958	-0.0165
b:been holding	0.172	0.59
b:been invited	0.587	0.129
b:been lovely	0.07	-0.00158
b:been no	-0.031	0.527
b:been one	0.313	-0.254
b:been open	0.163	-0.152
b:been outstanding	-0.152	0.413
b:been patient	0.128	-0.0686
b:been pushed	0.335	-0.0271
b:been reassuring	0.36	-0.172
b:been referred	0.359	0.00598
b:been refreshed	-0.508	-0.435
b:been responsive	0.492	-0.0848
b:been running	0.135	0.581
b:been stable	-0.00284	0.0327
b:been started	0.233	-0.0101
b:been the	-0.00499	0.0299
b:been this	-0.408	0.587
b:been unreliable	0.664	-0.373
b:been very	0.0259	0.209
b:been wrong	0.324	-0.169
b:been ~27	0.295	0.0804
b:been ~65	-0.0492	0.376
b:before lunch	0.317	0.00227
b:before our	0.0358	0.475
b:before quarter	0.044	-0.0145
b:before responding	-0.345	-0.305
b:before the	0.123	0.0573
b:before we	-0.746	-0.45
b:begun ~3	0.609	0.13
b:behaves over	-0.596	-0.522
b:behaves under	-0.226	-0.23
b:being reviewed	0.3	0.115
b:being told	0.3	-0.287
b:being useless	-0.0434	0.227
b:being ~28	0.612	0.000386
b:believes this	0.529	0.0414
b:ben and	-0.0939	0.385
b:ben for	0.138	0.558
b:best compliment	0.017	0.0363
b:best for	-0.346	-0.591
b:best quarter	-0.0372	0.565
b:best way	-0.287	0.29
b:better but	-0.59	-0.315
b:better engineer	-0.142	0.395
b:better or	-0.446	-0.263
b:better response	0.178	0.791
b:better than	0.0414	0.166
b:between our	-0.126	0.335
b:beyond march	0.119	0.00426
b:big kudos	-0.259	0.434
b:big step	-0.00928	0.178
b:billing address	-0.701	-0.757
b:billing contact	-0.386	-0.334
b:billing cycle	-0.584	-0.304
b:billing error	0.177	0.0454
b:billing errors	0.667	-0.0228
b:billing question	-0.188	-0.282
b:bit of	-0.212	0.236
b:black friday	-0.226	-0.23
b:blames our	0.362	-0.0657
b:blames unforeseen	0.354	0.0518
b:blank for	0.453	-0.0763
b:blank on	0.59	-0.277
b:board cares	0.0895	-0.0629
b:board demo	0.545	0.109
b:board has	0.67	-0.35
b:board meeting	-0.0537	0.505
b:booked for	-0.487	-0.66
b:booking page	-0.211	0.346
b:boring in	-0.287	0.29
b:both our	-0.559	-0.367
b:both reference	-0.188	-0.282
b:both times	0.588	0.294
b:branches since	0.438	-0.155
b:breach of	0.201	-0.0819
b:breach will	0.577	0.0671
b:breaches this	0.421	0.0993
b:break the	0.427	0.0107
b:breakdown of	0.588	0.239
b:breaking change	0.401	-0.221
b:breaking production	0.553	-0.0681
b:breaks our	0.0509	-0.00281
b:breath every	-0.0237	0.537
b:breathe now	-0.207	0.36
b:breathing a	0.163	0.781
b:bridge all	0.0629	0.322
b:bridge and	0.00598	0.0329
b:bridge be	-0.298	-0.454
b:bridge invite	-0.32	-0.399
b:bridge link	-0.359	-0.353
b:bridge number	-0.527	-0.264
b:bridge professionally	0.287	-0.287
b:brilliant from	-0.19	0.595
b:brilliant support	0.304	-0.287
b:brilliant timing	0.57	0.00471
b:brilliant turnaround	-0.0444	0.781
b:brilliant work	-0.363	0.843
b:bring back	0.205	-0.0242
b:brings something	0.0509	-0.00281
b:broke during	-0.239	0.332
b:broke everything	0.401	-0.221
b:broke login	0.244	-0.0223
b:broke our	0.542	-0.0574
b:broke single	0.194	-0.0635
b:broke the	0.38	-0.0358
b:broken again	0.306	-0.0126
b:broken api	0.07	-0.00158
b:broken cluster	0.424	-0.129
b:broken export	0.0918	-0.0165
b:broken for	0.483	0.181
b:broken reports	0.0116	0.264
b:bucket on	0.462	-0.122
b:bug against	-0.368	-0.32
b:bug fix	-0.518	-0.439
b:bug id	-0.61	-0.546
b:bug number	-0.468	-0.353
b:bug we	0.501	0.0815
b:build contains	-0.442	-0.516
b:build over	-0.417	-0.452
b:build tomorrow	-0.316	-0.388
b:builds not	-0.311	0.597
b:built is	0.212	0.887
b:built with	0.584	0.117
b:bumpy start	-0.0759	0.156
b:busiest hour	0.931	-0.0226
b:business as	-0.0617	0.526
b:business days	0.586	0.0131
b:business hours	-0.518	-0.318
b:but a	0.218	-0.089
b:but an	0.0688	-0.00894
b:but by	-0.0759	0.156
b:but friendly	0.127	-0.106
b:but it	0.0173	0.0567
b:but it's	-0.59	-0.315
b:but losing	0.285	-0.0498
b:but nothing	-0.444	-0.585
b:but our	0.363	-0.0198
b:but reports	0.27	-0.0585
b:but since	0.0185	0.111
b:but sincere	0.205	-0.0242
b:but so	-0.26	0.27
b:but the	-0.277	0.428
b:but this	0.449	-0.133
b:but three	0.0978	-0.04
b:but we	-0.247	0.265
b:but we're	0.557	0.597
b:but your	-0.275	0.356
b:but ~7	-0.0808	0.445
b:by any	0.292	0.0101
b:by friday	-0.252	-0.0115
b:by hand	0.34	0.06
b:by hour	-0.363	-0.316
b:by our	0.688	0.0165
b:by the	0.542	0.0498
b:by two	0.21	-0.0451
b:by wednesday	-0.51	-0.305
b:cache is	-0.59	-0.321
b:caching layer	-0.403	-0.585
b:call at	-0.0136	-0.182
b:call bearable	-0.185	0.379
b:call engineer	-0.125	-0.302
b:call lead	0.239	-0.139
b:call rota	0.0177	0.0903
b:call so	0.453	-0.0763
b:call team	-0.174	-0.26
b:call the	0.292	0.0101
b:call this	0.445	0.296
b:call today	0.058	0.662
b:call was	0.287	0.00344
b:call we	0.233	-0.0101
b:call week	0.0675	0.631
b:call with	-0.0938	-0.398
b:call yesterday	0.109	0.000221
b:called and	-0.0513	0.234
b:calling us	0.127	-0.106
b:calls about	0.0251	0.167
b:calls later	0.048	-0.00587
b:calls since	0.153	0.458
b:calls to	0.0542	0.592
b:calm and	0.104	0.143
b:came back	0.0452	0.566
b:can be	0.214	-0.318
b:can breathe	-0.207	0.36
b:can close	0.0662	0.65
b:can finally	-0.502	0.789
b:can give	0.0815	0.00609
b:can go	0.625	-0.0148
b:can not	0.207	-0.458
b:can reference	-0.192	-0.297
b:can run	0.576	-0.00602
b:can say	-0.327	-0.334
b:can stay	-0.0931	-0.139
b:can tell	0.462	-0.0535
b:can the	-0.668	-0.511
b:can track	-0.317	-0.221
b:can we	-0.529	-0.34
b:can you	-0.399	-0.537
b:can ~8	0.0441	0.564
b:cancel a	0.295	0.0238
b:candid about	0.364	-0.236
b:cannot be	0.344	-0.246
b:cannot run	0.328	-0.0563
b:care about	0.0914	-0.0853
b:cares about	0.0895	-0.0629
b:case resolved	0.58	0.125
b:case we	0.33	0.112
b:catching the	-0.108	0.361
b:catching up	-0.171	0.173
b:caught it	0.55	-0.0379
b:caught two	-0.282	0.308
b:caused any	-0.11	0.397
b:caused more	0.315	-0.275
b:caused real	0.457	0.151
b:caused serious	0.348	0.119
b:caused the	0.048	-0.00587
b:cautiously waiting	-0.226	-0.23
b:cdn change	-0.3	-0.155
b:ceased appear	-0.0347	0.578
b:ceased chase	0.0116	0.264
b:ceased complain	-0.0434	0.227
b:ceased complaining	-0.0783	0.181
b:ceased complains	-0.0588	0.254
b:ceased dread	-0.0362	0.419
b:ceased fills	0.163	0.583
b:ceased getting	-0.0252	0.309
b:ceased grumble	-0.0141	0.319
b:ceased has	-0.104	0.113
b:ceased in	0.416	0.0468
b:ceased loads	0.584	-0.00149
b:ceased manual	-0.0025	0.125
b:ceased reporting	-0.143	0.365
b:ceased see	-0.0362	0.294
b:ceased timeouts	-0.184	0.341
b:ceo it's	-0.173	0.328
b:ceo reads	0.427	0.0107
b:ceo the	-0.23	0.361
b:ceo this	0.295	-0.294
b:cfo has	0.213	0.0763
b:cfo is	0.259	-0.149
b:change about	-0.162	0.575
b:change freeze	-0.257	-0.216
b:change helped	-0.128	-0.202
b:change request	-0.555	-0.56
b:change the	0.169	-0.102
b:change was	0.461	0.00959
b:change we've	0.0347	0.313
b:changed on	0.109	0.000221
b:changes were	0.00328	0.594
b:chase me	0.0116	0.264
b:chase you	0.0614	0.018
b:check and	-0.723	-0.79
b:check ins	-0.191	0.365
b:checking now	-1.03	-1.13
b:checking with	-0.468	-0.359
b:checkout conversion	0.0801	0.274
b:checkout freezes	-0.0145	0.195
b:checkout freezing	-0.144	0.219
b:checkout is	0.154	0.986
b:checkout to	0.388	-0.0406
b:checkout ~12	0.312	0.0912
b:checks all	0.00919	0.0193
b:cheered when	0.0314	0.57
b:cheers mate	-0.0131	0.416
b:chief operating	0.576	0.247
b:choice about	0.213	-0.0634
b:choosing this	0.613	-0.0287
b:churn following	0.339	0.013
b:circle back	-0.269	-0.243
b:circulate it	-0.118	-0.0696
b:classic it	0.574	-0.133
b:classified your	0.18	-0.00672
b:clause for	0.396	-0.135
b:clause of	0.328	0.108
b:clean now	-0.187	0.4
b:cleanest we've	-0.016	0.201
b:cleanly overnight	-0.0387	0.204
b:clear answer	0.459	-0.0884
b:clear explanations	-0.137	0.422
b:clear incident	0.126	0.474
b:clear runbook	-0.291	0.293
b:clear updates	0.0913	0.437
b:clear write	-0.0291	0.239
b:clear yet	-0.384	-0.195
b:cleared caches	0.524	-0.0309
b:clearest rca	0.277	0.585
b:clearly and	-0.169	0.422
b:clearly been	0.5	-0.0879
b:clearly is	0.3	-0.287
b:clearly knew	0.0948	-0.0858
b:clients for	0.292	0.0959
b:clinics cannot	0.328	-0.0563
b:close anything	-0.28	-0.228
b:close it	0.0398	0.841
b:close overnight	-0.0392	0.394
b:close slipped	0.21	-0.0451
b:close the	-0.672	-0.275
b:close this	0.0662	0.65
b:close to	0.341	-0.244
b:closed on	-0.549	-0.513
b:closed ticket	0.304	-0.287
b:closed until	0.357	0.0947
b:closed without	0.473	0.196
b:closer to	0.523	-0.0459
b:closes itself	0.408	-0.183
b:cluster is	-0.283	0.283
b:cluster looks	-0.0829	0.31
b:collaboration between	-0.126	0.335
b:collecting data	-0.153	-0.22
b:come back	-0.0456	-0.117
b:come close	0.341	-0.244
b:comfortable putting	0.137	0.0356
b:coming in	-0.0925	0.394
b:commander will	-0.677	-0.536
b:comment until	-0.588	-0.409
b:commercial director	0.0781	-0.0341
b:committee as	0.4	-0.043
b:committee has	0.335	0.0299
b:communicated and	0.00328	0.594
b:communicated ~9	-0.0106	0.025
b:communication during	0.346	0.641
b:communication from	0.353	-0.102
b:communication improved	0.585	-0.0234
b:communication on	0.526	-0.0442
b:communication template	-0.795	-0.561
b:communication throughout	0.0673	0.777
b:communication was	0.361	-0.0612
b:company has	0.587	0.129
b:compare them	-0.113	-0.139
b:compensation for	0.541	0.0355
b:compensation you	0.41	-0.00757
b:complain about	-0.0434	0.227
b:complained since	-0.278	0.302
b:complaining about	-0.0734	0.348
b:complaining loudly	0.332	-0.0824
b:complains about	-0.0588	0.254
b:complaint since	-0.435	0.559
b:complaints about	0.0313	0.342
b:complaints from	0.211	0.19
b:complaints in	0.0139	0.0742
b:complete and	-0.0182	0.13
b:complete or	0.397	0.0587
b:completed on	-0.0858	0.167
b:completely unacceptable	0.796	-0.00497
b:completely ~48	0.814	-0.0697
b:completing on	0.69	0.074
b:compliance log	-0.664	-0.391
b:compliance officer	-0.267	-0.21
b:compliment i	0.017	0.0363
b:concerned about	0.515	0.0135
b:conclusions until	-0.451	-0.583
b:conclusions yet	-0.59	-0.315
b:conference line	-0.298	-0.454
b:confidence had	-0.268	0.269
b:confidence in	0.45	-0.105
b:confidence that	0.585	0.193
b:confident in	0.282	0.919
b:confident this	0.439	-0.0204
b:config change	0.158	0.588
b:config drift	-0.108	0.361
b:config for	-0.548	-0.598
b:config issue	-0.295	-0.286
b:configuration is	0.0353	0.53
b:confirm in	0.385	0.115
b:confirm once	-0.375	-0.188
b:confirm the	-0.399	-0.439
b:confirm whether	-0.578	-0.42
b:confirm which	-0.334	-0.542
b:confirm who	-0.485	-0.456
b:confirm yet	-0.437	-0.302
b:confirmation from	-0.525	-0.711
b:confirmed on	-0.295	0.295
b:confirms our	0.0518	-0.0391
b:confirms the	-0.52	-0.329
b:confusion early	0.102	0.244
b:congrats on	0.582	0.00811
b:congratulations on	0.358	-0.0327
b:connection with	0.322	0.0543
b:connector twice	0.524	-0.0309
b:consider this	0.283	0.0182
b:considering it	0.0565	-0.0121
b:consistently helpful	-0.277	0.557
b:constant errors	0.493	-0.119
b:constant headache	0.103	-0.101
b:constant workarounds	0.588	0.0252
b:constitutes a	0.671	0.275
b:consulted and	0.213	-0.0634
b:contact for	-0.442	-0.28
b:contact to	-0.386	-0.334
b:contains the	-0.442	-0.516
b:contract allows	0.0565	-0.0121
b:contract describes	0.538	0.0771
b:contract is	0.499	-0.243
b:contract renewal	0.102	0.00624
b:contradicted what	0.205	0.0219
b:conversation will	0.177	0.0454
b:conversion is	0.0801	0.274
b:convinced the	0.262	0.0514
b:coo why	0.284	-0.00441
b:cool cool	0.424	-0.129
b:copied on	0.43	-0.3
b:copy ahmed	-0.514	-0.578
b:copy of	0.118	0.0315
b:correspondence on	0.39	0.131
b:corrupting every	0.238	-0.0211
b:cost us	0.341	-0.244
b:could not	0.0822	-0.00371
b:could reproduce	0.265	-0.031
b:could the	-0.174	-0.26
b:could wait	0.32	-0.27
b:could you	-0.326	-0.266
b:counsel has	0.39	0.131
b:count as	0.466	-0.0383
b:counts as	-0.578	-0.42
b:counts for	0.205	-0.144
b:couple of	-0.571	-0.311
b:covering the	0.49	0.177
b:covering what	0.341	-0.244
b:crash reports	-0.591	-0.347
b:crashed during	0.362	-0.129
b:crashes stopped	-0.141	0.415
b:crashes this	-0.042	0.37
b:credit offer	0.0914	-0.0853
b:credit on	0.288	-0.267
b:credit to	0.581	0.0702
b:credits are	0.347	-0.215
b:crisis calls	0.0542	0.592
b:cto and	-0.559	-0.367
b:current invoice	0.415	0.126
b:customer demo	0.295	0.0238
b:customer experience	0.127	-0.0563
b:customer here	-0.0675	0.803
b:customer impact	-0.118	-0.0696
b:customer notes	0.218	-0.089
b:customers are	0.0728	0.0426
b:customers before	0.361	-0.0612
b:customers do	0.0425	-0.0376
b:customers for	0.0822	-0.00371
b:customers have	0.262	-0.0753
b:customers never	0.029	0.587
b:customers quit	-0.107	0.237
b:customers still	0.118	-0.0269
b:customers to	0.734	-0.344
b:customers were	0.413	-0.00319
b:customers ~22	0.072	-0.049
b:cutover after	-0.0623	0.0866
b:cutover was	-0.294	0.296
b:cycle before	-0.584	-0.304
b:daily crisis	0.0542	0.592
b:daily restart	0.0191	0.609
b:daily use	-0.257	0.257
b:damage to	0.397	0.141
b:danger zone	0.029	0.587
b:daniel for	0.0629	0.322
b:dashboard for	-0.496	-0.404
b:dashboard load	0.27	-0.0585
b:dashboard looks	0.501	-0.0292
b:dashboard not	0.167	-0.0079
b:dashboard says	0.178	-0.125
b:dashboard you	0.212	0.887
b:dashboards are	0.0807	0.175
b:dashboards green	-0.0153	1.13
b:data before	-0.327	-0.334
b:data came	0.0332	0.596
b:data checks	0.00919	0.0193
b:data gap	0.484	-0.0613
b:data integrity	0.515	0.0135
b:data is	0.11	0.0814
b:data reconciled	0.0147	0.0328
b:data restored	0.0429	0.26
b:data too	0.552	-0.017
b:data was	0.459	-0.0884
b:data written	0.444	0.139
b:database maintenance	-0.246	-0.455
b:database team	-0.436	-0.184
b:database ~25	0.342	-0.155
b:date next	-0.113	-0.139
b:date they	-0.295	0.295
b:date yet	-0.545	-0.579
b:day and	-0.0705	0.184
b:day of	-0.551	-0.45
b:day on	0.544	0.0762
b:day one	-0.0182	0.13
b:day the	0.582	0.00811
b:day this	0.324	-0.169
b:day wait	0.187	-0.168
b:day's bookings	0.0948	-0.0858
b:days after	0.0139	0.0742
b:days and	-0.751	-0.73
b:days because	0.21	-0.0451
b:days for	0.538	0.0771
b:days of	0.378	0.0507
b:days on	-0.265	0.266
b:days with	-0.571	-0.311
b:db team	-0.0283	0.284
b:dba has	-0.252	-0.25
b:dba team	0.0401	0.245
b:dba to	-0.55	-0.297
b:deadline passed	0.128	-0.0686
b:dean wants	0.0117	-0.00391
b:decide on	-0.203	-0.17
b:decide then	-0.417	-0.452
b:decide ultimately	0.701	0.157
b:decided on	-0.545	-0.579
b:deducting it	0.263	0.0385
b:deeply concerned	0.515	0.0135
b:deeply disappointed	0.678	-0.0661
b:default retention	-0.543	-0.551
b:defects are	0.404	0.0555
b:defend you	0.128	-0.0686
b:degraded steadily	0.524	-0.0292
b:degraded' while	0.533	-0.0405
b:deletes draft	0.586	0.00117
b:delighted with	-0.0407	0.977
b:delivered ~9	0.0671	0.653
b:delivery estimates	0.262	-0.0753
b:delivery ~23	-0.0235	0.375
b:demo because	0.295	0.0238
b:department will	0.119	0.0133
b:dependable for	0.0145	0.631
b:deploying at	-0.869	-0.901
b:deployment that	-0.174	0.252
b:deployment this	0.686	0.0694
b:deployments to	-0.155	-0.0993
b:describe the	-0.529	-0.4
b:desk has	-0.221	0.465
b:desk lead	-0.166	-0.262
b:desk will	-0.57	-0.543
b:detailed rca	0.0895	-0.0629
b:detailed reply	0.577	-2.72e-15
b:detailed report	0.0518	-0.0391
b:developers integrated	-0.0705	0.184
b:did a	-0.077	0.382
b:did anyone	0.378	-0.206
b:did not	-0.176	0.297
b:did the	-0.26	0.27
b:did ~16	-0.184	0.636
b:died again	0.476	-0.06
b:difficult one	0.177	0.0454
b:difficult to	-0.59	-0.321
b:dimitri's write	0.277	0.585
b:direct escalation	-0.527	-0.264
b:director level	0.544	-0.0493
b:director now	0.588	0.294
b:director regarding	0.0781	-0.0341
b:director to	0.305	0.15
b:director why	0.267	0.0848
b:disagree with	0.189	-0.112
b:disappeared after	0.0461	0.602
b:disappointed with	0.629	-0.0869
b:disaster for	0.438	-0.1
b:discuss the	0.393	-0.175
b:disk alerts	-0.0252	0.309
b:disputed invoices	0.102	0.0345
b:distribution list	-0.431	-0.4
b:dns change	-0.252	-0.325
b:do appreciate	0.169	-0.102
b:do i	0.0117	-0.00391
b:do not	0.32	-0.157
b:document once	-0.269	-0.359
b:documentation is	0.372	-0.0496
b:documentation made	-0.011	0.63
b:documenting each	0.33	0.112
b:does not	0.0981	-0.0651
b:doing its	0.21	-0.0451
b:doing manual	0.205	-0.144
b:doubted the	-0.282	0.308
b:doubts about	-0.245	0.338
b:down again	0.614	-0.0578
b:downhill this	0.297	-0.287
b:downtime for	-0.246	-0.455
b:downtime is	0.422	0.072
b:downtime on	-0.518	-0.439
b:downtime this	-0.031	0.527
b:downtime under	-0.578	-0.42
b:downtime window	-0.466	-0.396
b:draft orders	0.586	0.00117
b:drained overnight	-0.0363	0.176
b:dread monday	-0.073	0.478
b:dread opening	-0.0093	0.324
b:dreading the	0.00919	0.0193
b:dreading this	-0.286	0.286
b:dried up	-0.191	0.401
b:drivers have	-0.00607	0.401
b:drivers stopped	-0.042	0.37
b:dropped calls	0.153	0.458
b:drops a	0.524	-0.0309
b:due for	0.588	0.239
b:duplicate invoices	-0.0132	0.573
b:duplicate orders	-0.0222	0.676
b:duplicate shipments	-0.0362	0.294
b:duplicate ticket	-0.533	-0.546
b:duplicate webhook	-0.442	-0.516
b:during finals	0.0117	-0.00391
b:during incidents	0.072	-0.049
b:during our	0.305	-0.0695
b:during peak	0.342	-0.155
b:during q1	0.903	0.107
b:during the	0.0227	0.702
b:duty manager	-0.388	-0.396
b:each failed	-0.363	-0.316
b:each incident	0.33	0.112
b:each one	0.408	0.052
b:early every	-0.00585	0.0558
b:early on	0.102	0.244
b:early signs	-0.726	-0.726
b:early to	-0.293	-0.344
b:easy to	0.00328	0.594
b:effort from	0.0918	-0.0165
b:effort your	0.169	-0.102
b:eight seconds	-0.0804	0.162
b:either way	-0.258	-0.28
b:elena the	-0.123	0.313
b:eleven times	0.407	-0.076
b:else's account	0.448	-0.134
b:email contradicted	0.205	0.0219
b:emails from	-0.191	0.401
b:emails has	0.0184	0.325
b:emails have	0.158	0.36
b:emails over	0.693	-0.0133
b:emails went	0.126	0.535
b:embarrassing for	0.295	-0.294
b:embarrassing to	0.292	0.0959
b:emergency patch	-0.0958	0.136
b:end close	0.0459	0.199
b:end has	0.515	0.184
b:end load	-0.147	-0.205
b:end of	0.159	-0.134
b:end result	-0.291	0.63
b:end run	-0.158	0.0611
b:end tbh	1.03	-0.0722
b:endpoint from	-0.316	-0.505
b:ends on	-0.74	-0.714
b:engineer called	-0.0513	0.234
b:engineer does	-0.344	-0.33
b:engineer explained	-0.169	0.422
b:engineer meant	0.521	-0.0853
b:engineer on	-0.067	0.298
b:engineer stayed	0.238	-0.0211
b:engineer was	0.188	0.0991
b:engineer who	0.577	-2.72e-15
b:engineer will	-0.26	-0.159
b:engineer you	-0.12	0.32
b:engineers are	-0.047	0.731
b:engineers could	0.265	-0.031
b:engineers keep	0.585	-0.0849
b:engineers put	0.169	-0.102
b:engineers were	0.133	-0.0709
b:enough time	-0.539	-0.539
b:enterprise plan	-0.662	-0.679
b:entire order	0.455	-0.142
b:environment first	-1.25	-0.981
b:environment has	-0.508	-0.435
b:environment will	-0.651	-0.751
b:environment ~12	0.295	0.0238
b:error after	0.57	0.0512
b:error and	-0.159	-0.304
b:error emails	0.0835	0.428
b:error in	-0.583	-0.314
b:error logs	-0.431	-0.424
b:error pages	0.178	-0.125
b:error rate	-0.0945	-0.235
b:error rates	0.597	0.298
b:error thumbsdown	0.768	0.103
b:errors all	0.626	-0.0496
b:errors are	0.667	-0.0228
b:errors as	-0.57	-0.543
b:errors ceased	-0.0347	0.578
b:errors overnight	0.0427	0.525
b:errors ~20	0.412	0.027
b:escalate this	-0.0513	0.234
b:escalated internally	0.16	-0.083
b:escalating internally	0.314	0.0211
b:escalating scanner	-0.162	0.348
b:escalation be	-0.457	-0.316
b:escalation contact	-0.169	-0.217
b:escalation distribution	-0.431	-0.4
b:escalation from	-0.47	-0.394
b:escalation id	-0.302	-0.434
b:escalation manager	-0.485	-0.456
b:escalation matrix	-0.166	-0.262
b:escalation on	-0.868	-0.908
b:escalation path	-0.368	-0.337
b:escalation procedure	0.328	0.108
b:escalation thread	-0.309	-0.468
b:escalation to	-0.919	-0.733
b:escalation updates	-0.527	-0.264
b:estimates in	0.262	-0.0753
b:eta on	-0.584	-0.54
b:eta when	-0.443	-0.52
b:eu region	0.537	-0.0558
b:eu team	-0.457	-0.316
b:eu west	-0.917	-0.766
b:evaluate the	-0.417	-0.452
b:evaluating the	-0.592	-0.511
b:even notice	0.00919	0.0193
b:even one	-0.0126	0.525
b:ever been	-0.0705	0.184
b:ever had	-0.00499	0.0299
b:every admin	0.244	-0.0223
b:every afternoon	0.159	-0.0681
b:every date	-0.295	0.295
b:every day	0.466	0.0056
b:every finance	0.279	-0.045
b:every half	-0.0373	0.103
b:every hour	0.163	0.227
b:every monday	-0.0237	0.537
b:every morning	0.215	0.568
b:every night	0.731	-0.294
b:every release	0.0509	-0.00281
b:every single	0.361	0.055
b:every sla	0.118	0.0315
b:every third	0.386	-0.2
b:every ticket	0.0509	-0.00281
b:every time	0.408	-0.183
b:everyone can	-0.0234	0.2
b:everyone else	0.32	-0.27
b:everyone here	-0.0393	0.439
b:everyone on	0.258	-0.127
b:everyone out	0.276	-0.0057
b:everyone was	0.127	-0.106
b:everything feels	-0.00928	0.178
b:everything has	0.337	0.974
b:everything is	-0.145	0.377
b:everything just	-0.0228	0.323
b:everything ran	0.0216	0.187
b:everything synced	-0.183	0.422
b:everything was	-0.0768	0.126
b:everything went	0.0303	0.158
b:everything your	0.524	-0.0309
b:exactly the	0.164	0.0324
b:exactly what	-0.015	0.571
b:exam portal	-0.0077	0.123
b:examples are	0.464	-0.0742
b:excellent support	-0.186	0.528
b:excellent turnaround	0.0814	0.204
b:execs noticed	-0.0106	0.025
b:executive sponsor	0.638	0.276
b:exhausted from	0.588	0.0252
b:existing case	-0.529	-0.485
b:exit provisions	0.584	0.0362
b:expand to	0.284	-0.00441
b:expansion to	0.537	-0.0558
b:expect much	-0.295	0.295
b:expect the	0.288	-0.267
b:expectations after	-0.0228	0.323
b:expected it	-0.106	0.466
b:expected now	-0.1	0.608
b:expected trouble	-0.016	0.201
b:experience has	0.455	-0.258
b:experience we	0.486	0.00419
b:explain the	0.584	0.0318
b:explain to	0.284	-0.00441
b:explain ~54	0.304	0.061
b:explained the	-0.169	0.422
b:explaining to	0.267	0.0848
b:explanation by	0.0117	-0.00391
b:explanation really	-0.206	0.382
b:explanation ~30	0.577	-2.72e-15
b:export finished	0.397	-0.188
b:export format	-0.0141	0.319
b:export is	0.286	-0.0153
b:export runs	-0.187	0.4
b:exports have	0.483	0.181
b:exports stopped	0.462	-0.122
b:extremely frustrated	0.675	-0.162
b:extremely unhappy	0.314	-0.0696
b:eye on	-0.447	-0.327
b:fact we	0.169	-0.102
b:failed again	0.287	-0.0958
b:failed over	0.368	0.0223
b:failed payment	0.0146	0.255
b:failed payments	-0.0126	0.525
b:failed request	-0.363	-0.316
b:failed silently	0.296	-0.00153
b:failed us	0.275	-0.275
b:failing again	0.723	-0.0394
b:failing and	0.0552	0.097
b:failover failed	0.368	0.0223
b:fails we'll	-0.186	-0.117
b:failure hit	0.58	0.125
b:failure to	0.0157	-0.379
b:failures have	0.087	0.0219
b:fair play	0.215	0.00444
b:fantastic customer	0.127	-0.0563
b:fantastic job	-0.077	0.382
b:fantastic on	0.114	0.651
b:fast and	-0.317	0.321
b:faster and	-0.0261	0.291
b:fatima for	-0.108	0.361
b:fault anything	-0.135	0.44
b:fault in	0.0116	0.0258
b:fault three	0.298	0.029
b:fears about	0.0518	-0.0391
b:feature where	0.391	-0.204
b:feature' that	0.586	0.00117
b:feedback from	-0.377	-0.454
b:feel completely	0.814	-0.0697
b:feel ignored	0.471	-0.111
b:feel reassured	-0.185	0.352
b:feel the	0.264	0.0613
b:feels faster	-0.00928	0.178
b:feels like	-0.0626	0.531
b:feels professional	0.409	-0.0669
b:few days	-0.464	-0.308
b:few hiccups	-0.257	0.257
b:few hundred	0.524	-0.0309
b:few releases	0.571	-0.234
b:few wobbles	-0.0182	0.13
b:field engineers	0.585	-0.0849
b:file and	-0.431	-0.424
b:files are	-0.0655	0.6
b:fills up	0.163	0.583
b:final configuration	0.0353	0.53
b:final delivery	-0.0235	0.375
b:final handover	0.102	0.244
b:final rca	-0.269	-0.359
b:final solution	-0.184	0.427
b:finally answered	0.187	-0.168
b:finally catching	-0.171	0.173
b:finally get	0.488	0.116
b:finally got	-0.0201	0.121
b:finally loading	-0.132	0.783
b:finally notice	0.386	-0.205
b:finally relax	-0.066	0.474
b:finally ship	0.172	0.59
b:finally some	-0.0753	0.404
b:finally stopped	0.0184	0.325
b:finally tell	-0.508	0.651
b:finally went	-0.00605	0.327
b:finally ~23	-0.0746	0.286
b:finally ~26	0.35	1.06
b:finally ~32	0.0631	0.814
b:finally ~8	0.0425	0.601
b:finance can	-0.192	-0.297
b:finance close	0.21	-0.0451
b:finance people	-0.00479	0.612
b:finance team	0.0988	0.273
b:find attached	-0.0321	-0.0163
b:find out	0.539	-0.136
b:findings with	-0.44	-0.314
b:finished early	-0.0936	0.326
b:finished in	0.397	-0.188
b:finished overnight	0.218	-0.089
b:fired again	0.048	-0.00587
b:firefighting and	0.0561	0.428
b:fires every	0.167	-0.111
b:firing since	0.0567	0.294
b:first call	0.386	-0.205
b:first day	0.59	-0.277
b:first days	0.0139	0.0742
b:first for	-0.239	0.332
b:first line	0.0509	-0.00281
b:first next	0.114	-0.0638
b:first one	0.253	-0.053
b:first pass	0.0147	0.0328
b:first place	0.285	-0.0498
b:first response	0.6	-0.111
b:first the	0.194	-0.147
b:first time	-0.0237	0.601
b:first week	-0.273	0.307
b:fiscal year	-0.74	-0.714
b:five business	0.586	0.0131
b:fix addresses	0.262	0.0514
b:fix also	0.655	0.137
b:fix before	0.0358	0.475
b:fix broke	0.38	-0.0358
b:fix by	0.259	-0.149
b:fix for	-0.559	-0.58
b:fix has	-0.0753	0.328
b:fix holds	-0.147	-0.205
b:fix is	0.256	0.0209
b:fix itself	0.402	0.0922
b:fix last	0.843	0.0375
b:fix was	0.0671	0.653
b:fix went	0.0146	0.255
b:fix will	0.585	0.193
b:fix worked	0.0916	-0.577
b:fix yet	-0.553	-0.548
b:fix your	0.378	0.0507
b:fix ~28	1.24	-0.0446
b:fix ~30	0.428	0.0364
b:fixed it	-0.434	0.146
b:fixed last	0.235	-0.215
b:fixes are	-0.171	0.173
b:flag yet	-0.444	-0.585
b:flagged your	0.32	-0.0663
b:flawlessly and	-0.286	0.286
b:flood of	0.0184	0.325
b:floor about	0.153	0.458
b:floor cheered	0.0314	0.57
b:floor has	-0.18	0.304
b:floor is	-0.0484	0.362
b:flowing again	-0.196	0.543
b:focused on	-0.188	-0.282
b:folder under	-0.591	-0.347
b:folks for	-0.189	0.398
b:follow ups	-0.322	-0.297
b:following this	0.339	0.013
b:following up	-0.157	-0.233
b:following yesterday's	0.233	-0.0101
b:for a	0.653	-0.341
b:for all	0.39	0.131
b:for an	0.0102	-0.00396
b:for basics	0.0614	0.018
b:for bug	-0.584	-0.54
b:for calls	-0.346	-0.591
b:for catching	-0.108	0.361
b:for consistency	0.324	-0.169
b:for escalating	0.314	0.0211
b:for every	0.244	-0.0223
b:for four	0.449	-0.126
b:for future	-0.198	-0.245
b:for getting	0.253	-0.053
b:for half	0.356	-0.178
b:for her	0.175	0.51
b:for his	0.00834	0.266
b:for incidents	-0.52	-0.298
b:for itself	-0.28	0.309
b:for january	-0.155	-0.0993
b:for jumping	0.208	0.31
b:for keeping	-0.0199	0.403
b:for letting	0.539	-0.136
b:for may	-1.44	-0.799
b:for me	0.295	-0.294
b:for months	0.0145	0.631
b:for next	0.712	0.0832
b:for november	-0.484	-0.423
b:for october	0.588	0.239
b:for olu	-0.136	0.315
b:for our	-0.282	-0.222
b:for out	-0.308	-0.344
b:for outages	-0.562	-0.547
b:for owning	0.215	0.00444
b:for p1	-0.518	-0.318
b:for p1s	-0.196	-0.183
b:for premium	0.32	-0.27
b:for questions	-0.187	-0.124
b:for renewal	0.317	-0.219
b:for saturday	-0.466	-0.396
b:for september	0.36	0.0414
b:for something	0.0822	-0.00371
b:for sorting	0.00263	0.517
b:for spotting	-0.00128	0.303
b:for staying	0.0285	0.339
b:for sticking	0.0138	0.462
b:for that	-0.187	0.4
b:for the	-0.0105	-0.0259
b:for this	1.3	0.642
b:for three	0.305	-0.0346
b:for thursday	-0.377	-0.219
b:for tracking	-0.189	0.398
b:for transitioning	0.364	-0.0358
b:for trying	0.581	0.0702
b:for tuesday's	-0.498	-0.483
b:for turning	-0.0262	0.28
b:for two	0.237	0.537
b:for us	-0.422	0.587
b:for users	0.584	-0.00149
b:for walking	-0.184	0.376
b:for you	0.295	-0.294
b:for your	-0.195	-0.0816
b:forever to	-0.146	0.394
b:forgot to	0.458	-0.128
b:form a	-0.202	-0.165
b:form by	-0.37	-0.388
b:form on	-0.708	-0.443
b:formal ~20	0.355	-0.0411
b:formally ~1	0.36	0.0414
b:forward the	-0.664	-0.496
b:forwarded the	-0.523	-0.48
b:found it	-0.0408	0.675
b:found out	0.22	-0.0696
b:found the	-0.0122	0.374
b:four days	0.449	-0.126
b:four hours	0.358	-0.222
b:four minutes	0.397	-0.188
b:four times	0.312	-0.241
b:four transfers	0.127	-0.0563
b:frankly so	0.0117	-0.00391
b:frankly we	0.0565	-0.0121
b:freeze starts	-0.257	-0.216
b:freezing ~20	0.499	0.0655
b:friday and	0.0117	-0.00391
b:friday the	0.00956	0.104
b:friday traffic	-0.226	-0.23
b:friday's batch	-0.823	-0.734
b:friday's patch	-0.0222	0.676
b:friendly does	0.258	-0.127
b:friendly ~19	0.127	-0.106
b:from a	0.353	-0.102
b:from any	0.277	0.585
b:from checkout	0.388	-0.0406
b:from daily	0.0542	0.592
b:from eight	-0.0804	0.162
b:from last	-0.449	-0.376
b:from next	-0.347	-0.491
b:from our	-0.265	0.296
b:from start	0.0193	0.451
b:from the	0.143	0.104
b:from this	-0.123	-0.685
b:from twitter	0.114	-0.0638
b:from us	-0.1	0.608
b:from where	0.0103	0.0041
b:from you	0.22	-0.0696
b:from your	-0.00821	-0.359
b:from ~30	0.0895	-0.0629
b:front of	0.186	-0.0123
b:frustrated by	0.403	-0.0213
b:frustrated with	-0.143	0.443
b:frustrating few	-0.137	0.165
b:frustrating vendor	0.376	0.0766
b:full billing	-0.584	-0.304
b:full outage	0.49	0.177
b:full report	-0.345	-0.305
b:full week	-0.327	-0.334
b:fun weekend	-0.225	0.233
b:furious about	0.584	-0.0698
b:further breach	0.577	0.0671
b:further deployments	-0.155	-0.0993
b:further notice	0.828	0.299
b:further p1	0.284	-0.00542
b:future correspondence	-0.198	-0.245
b:future emails	-0.302	-0.434
b:future invoices	-0.408	-0.484
b:future updates	-0.514	-0.578
b:fyi deploying	-0.869	-0.901
b:fyi ticket	-0.494	-0.33
b:fyi we	-0.941	-0.904
b:gabriel for	-0.014	0.303
b:gathering feedback	-0.377	-0.454
b:gave you	0.128	-0.0686
b:general counsel	0.39	0.131
b:general ~4	0.359	0.00598
b:genuinely impressed	-0.175	0.218
b:genuinely useful	0.113	0.315
b:get a	0.488	0.116
b:get back	0.0561	0.428
b:get our	0.165	0.0369
b:get past	0.0509	-0.00281
b:get them	0.412	0.027
b:get to	0.304	0.061
b:getting calls	0.0251	0.167
b:getting paged	-0.0252	0.309
b:getting the	0.253	-0.053
b:give it	-0.818	-0.75
b:give kofi	0.0145	0.448
b:give us	-0.752	-0.508
b:given any	0.213	-0.0634
b:given the	0.231	0.0411
b:given us	-0.295	0.295
b:glad that's	-0.149	1.08
b:glad the	0.745	-0.254
b:glad to	-0.0321	0.585
b:glad we	0.32	-0.27
b:go ahead	0.132	0.69
b:go live	0.625	-0.0148
b:go on	0.408	-0.183
b:go through	-0.246	-0.176
b:go to	-0.559	-0.367
b:goes before	-0.28	-0.228
b:going forward	0.526	-0.0442
b:going on	0.77	0.0869
b:going out	-0.0195	0.306
b:going to	0.14	-0.0573
b:gone and	-0.23	0.313
b:gone downhill	0.297	-0.287
b:gone from	0.8	0.424
b:gone wrong	-0.0887	0.487
b:good call	0.109	0.000221
b:good intentions	0.167	-0.111
b:good result	0.0139	0.0742
b:good that	0.489	-0.1
b:good to	0.171	0.369
b:got a	0.346	0.355
b:got through	-0.208	0.396
b:got us	-0.225	0.233
b:got used	0.357	0.0843
b:gps ~33	-0.00607	0.401
b:gracious about	0.0116	0.0258
b:grade sync	0.0524	0.291
b:graph for	-0.355	-0.329
b:grateful for	0.388	-0.0406
b:great collaboration	-0.126	0.335
b:great communication	0.317	1.13
b:great news	0.793	0.0761
b:great people	0.653	-0.0209
b:great start	0.668	0.0583
b:great stuff	-0.166	1.07
b:great that	0.114	-0.0638
b:great to	0.263	0.078
b:green by	-0.0958	0.136
b:green while	0.215	0.0571
b:group has	-0.536	-0.464
b:grouped by	-0.363	-0.316
b:grown a	-0.00896	0.532
b:grumble about	-0.0141	0.319
b:grumbled about	-0.28	0.309
b:grumbling about	-0.107	0.237
b:had a	-0.763	-0.274
b:had any	-0.0718	0.515
b:had before	0.0312	0.294
b:had enough	-0.539	-0.539
b:had it	-0.0513	0.234
b:had learned	0.448	-0.134
b:had low	-0.0228	0.323
b:had no	0.0177	0.0903
b:had on	-0.144	0.442
b:had our	-0.245	0.338
b:had planned	0.284	-0.00441
b:had problems	0.686	0.0694
b:had some	-0.00499	0.0299
b:had spent	-0.265	0.266
b:had taken	-0.268	0.269
b:had time	-0.553	-0.548
b:had to	0.573	0.152
b:had told	0.295	-0.294
b:had two	0.017	0.0363
b:had us	-0.0373	0.103
b:had with	-0.0749	0.507
b:had ~32	0.0762	0.655
b:half hour	-0.0373	0.103
b:half our	0.645	-0.489
b:half their	0.27	-0.0585
b:hand throughout	0.0147	0.0328
b:handled it	-0.0744	0.507
b:handled superbly	-0.185	0.352
b:handled the	0.165	-0.00645
b:handling of	-0.00842	0.479
b:handover was	0.04	0.279
b:hannah and	-0.189	0.398
b:happened four	0.323	0.0395
b:happened twice	0.499	0.0655
b:happily recommend	-0.0724	0.59
b:happy again	-0.0879	0.449
b:happy and	0.0614	0.018
b:happy customer	-0.0675	0.803
b:happy monday	0.455	-0.142
b:happy to	-0.236	0.279
b:happy with	0.125	0.268
b:har file	-0.431	-0.424
b:hard not	0.471	-0.111
b:hard questions	0.253	-0.053
b:hard to	-0.323	-0.568
b:harriet for	0.126	0.474
b:has actually	0.133	-0.0595
b:has any	-0.104	0.113
b:has asked	0.565	-0.338
b:has been	0.333	0.204
b:has caused	0.457	0.151
b:has changed	-0.701	-0.757
b:has classified	0.18	-0.00672
b:has cleared	-0.295	0.295
b:has clearly	0.5	-0.0879
b:has complained	-0.278	0.302
b:has degraded	0.524	-0.0292
b:has drained	-0.00866	0.0872
b:has ever	-0.0705	0.184
b:has finally	0.0184	0.325
b:has finished	-0.00585	0.0558
b:has gone	0.087	0.172
b:has grown	-0.00896	0.532
b:has held	-0.0199	0.134
b:has instructed	0.102	0.0345
b:has looked	-0.252	-0.25
b:has not	0.0265	-0.231
b:has noticed	-0.18	0.304
b:has now	0.305	-0.233
b:has paid	-0.28	0.309
b:has passed	-0.192	0.39
b:has raised	-0.435	0.559
b:has read	0.515	0.184
b:has rebuilt	-0.295	0.295
b:has requested	0.567	0.238
b:has reviewed	-0.278	-0.207
b:has rotated	-0.594	-0.453
b:has seriously	0.581	-0.0364
b:has since	0.315	-0.275
b:has started	0.0774	0.000773
b:has stayed	-0.23	0.313
b:has stopped	-0.0761	0.343
b:has taken	0.143	-0.0103
b:has used	-0.536	-0.464
b:has ~12	0.346	-0.0307
b:has ~28	0.422	-0.16
b:has ~32	-0.0468	0.173
b:has ~9	-0.0744	0.507
b:have a	-0.284	0.284
b:have added	-0.531	-0.525
b:have an	0.253	-0.053
b:have been	0.262	0.0869
b:have begun	0.609	0.13
b:have built	0.584	0.117
b:have ceased	-0.0145	0.195
b:have confidence	0.585	0.193
b:have dried	-0.191	0.401
b:have flagged	0.32	-0.0663
b:have forwarded	-0.523	-0.48
b:have had	0.275	0.322
b:have improved	-0.163	0.431
b:have it	-0.443	-0.52
b:have made	0.063	-0.0136
b:have materialised	0.279	0.0265
b:have no	0.0835	0.169
b:have not	-0.348	-0.226
b:have one	0.393	-0.169
b:have opened	-0.572	-0.419
b:have our	-0.083	0.812
b:have preferred	0.589	0.15
b:have received	-0.246	-0.176
b:have restored	-0.268	0.269
b:have seats	-0.662	-0.679
b:have some	-0.444	-0.585
b:have someone	-0.143	-0.0814
b:have started	0.591	0.122
b:have stopped	-0.102	0.45
b:have the	-0.547	-0.469
b:have to	0.221	0.0464
b:have tried	0.524	-0.0309
b:have ~12	0.77	0.0869
b:have ~13	0.293	-0.0881
b:have ~25	0.353	-0.102
b:have ~3	0.396	0.0656
b:have ~30	1.27	-0.0762
b:have ~31	0.708	0.135
b:have ~32	-0.232	0.422
b:have ~37	0.087	0.0219
b:he found	-0.15	0.409
b:head of	0.445	0.057
b:headache this	0.103	-0.101
b:heads up	0.441	-0.156
b:healthy while	0.178	-0.125
b:hear from	0.114	-0.0638
b:hear the	0.358	-0.201
b:hear you've	0.291	-0.286
b:heard a	0.153	0.458
b:heard from	0.361	-0.0612
b:hearing our	0.335	-0.0271
b:heavily in	0.386	-0.183
b:hectic week	-0.0746	0.286
b:held for	-0.0743	0.14
b:help a	-0.191	0.365
b:help desk	0.0251	0.167
b:help with	0.0487	0.136
b:helpdesk was	0.0139	0.0742
b:helped the	0.27	-0.0585
b:helpful and	0.152	0.186
b:helpful of	0.533	-0.0405
b:helps slightly	0.451	-0.14
b:her our	-0.0406	0.543
b:her patience	0.175	0.51
b:here have	-0.0458	0.266
b:here is	-0.129	0.134
b:here trusts	0.199	-0.00431
b:hereby ~31	0.119	0.00426
b:hiccups but	-0.257	0.257
b:high risk	0.18	-0.00672
b:his calm	0.00834	0.266
b:his manager	0.0872	0.361
b:his number	-0.26	-0.159
b:his patience	-0.185	0.379
b:his time	0.378	0.0507
b:history is	0.455	-0.142
b:hit our	0.58	0.125
b:hold judgement	-0.582	-0.351
b:hold off	-0.437	-0.374
b:hold the	-0.557	-0.279
b:holding for	0.172	0.59
b:holding off	-0.451	-0.583
b:holding our	-0.0237	0.537
b:holds under	-0.147	-0.205
b:holds up	-0.557	-0.432
b:holiday peak	-0.208	0.396
b:honest and	0.109	0.594
b:honest explanation	-0.0766	0.523
b:honest postmortem	-0.0631	0.559
b:honest with	0.072	-0.049
b:honestly did	-0.295	0.295
b:honestly i'm	0.0509	-0.00281
b:honestly it	-0.207	0.36
b:honestly no	-0.0829	0.31
b:honestly the	0.185	-0.152
b:honestly we	0.371	0.0201
b:hoping this	0.159	-0.134
b:hosts this	-0.375	-0.188
b:hotfix broke	0.244	-0.0223
b:hotfix went	0.159	-0.0681
b:hour after	-0.265	0.266
b:hour this	0.454	-0.071
b:hour through	-0.136	0.315
b:hours after	0.406	-0.183
b:hours every	0.544	0.0762
b:hours of	0.204	0.0623
b:hours over	0.328	0.102
b:hours p1s	-0.308	-0.344
b:hours when	0.189	-0.112
b:how it	-0.589	-0.416
b:how monday	-0.28	-0.228
b:how much	0.0894	-0.0576
b:how responsive	-0.408	0.587
b:how serious	0.3	0.0868
b:how the	0.505	-0.0375
b:how this	0.755	-0.305
b:how to	0.518	0.125
b:how you	0.0895	-0.0629
b:how your	-0.135	0.44
b:however the	0.534	0.00191
b:huge kudos	0.0629	0.322
b:huge relief	-0.146	0.416
b:huge ~26	-0.0285	0.241
b:huge ~8	0.00674	0.291
b:hundred records	0.524	-0.0309
b:hurting our	0.422	0.072
b:i am	0.119	-0.0245
b:i appreciate	0.534	-0.000968
b:i can	0.249	0.455
b:i do	0.108	-0.00976
b:i grumbled	-0.28	0.309
b:i had	0.295	-0.294
b:i have	0.128	0.194
b:i honestly	-0.295	0.295
b:i know	0.227	0.0253
b:i like	0.267	0.0848
b:i raised	0.344	-0.0779
b:i understand	0.328	-0.0563
b:i want	0.0948	-0.0858
b:i wanted	0.0107	0.0202
b:i was	-0.515	0.552
b:i will	0.00598	0.0329
b:i would	0.0537	0.318
b:i ~10	-0.139	0.297
b:i ~26	-0.176	0.479
b:i'd rather	0.448	-0.134
b:i'd say	-0.287	0.29
b:i'll be	0.361	-0.0612
b:i'm glad	0.448	-0.134
b:i'm grateful	0.0274	0.137
b:i'm happy	-0.0743	0.14
b:i'm not	0.295	0.0353
b:i'm raising	0.344	-0.0779
b:i'm tired	0.0509	-0.00281
b:ibrahim for	-0.0536	0.19
b:id for	-0.603	-0.372
b:id from	-0.585	-0.679
b:id in	-0.302	-0.434
b:identity provider	-0.575	-0.518
b:ids are	-0.187	-0.124
b:if anything	-0.186	-0.117
b:if better	-0.446	-0.263
b:if it	0.435	-0.173
b:if it's	-0.304	-0.323
b:if that	-0.155	-0.0993
b:if the	-0.677	-0.915
b:ignored our	0.418	0.0482
b:ignored when	0.471	-0.111
b:impact in	-0.118	-0.0696
b:import log	0.626	-0.0496
b:import ran	-0.075	0.227
b:impressed with	-0.223	0.533
b:improved a	-0.163	0.431
b:improvement after	0.593	-0.0118
b:improvements have	0.161	0.00978
b:in a	-0.48	0.146
b:in advance	0.0801	0.51
b:in all	-0.302	-0.434
b:in an	-0.15	0.409
b:in at	-0.0958	0.136
b:in august	0.0103	0.0041
b:in case	0.33	0.112
b:in clause	0.328	0.108
b:in connection	0.322	0.0543
b:in daily	-0.257	0.257
b:in four	0.397	-0.188
b:in front	0.186	-0.0123
b:in it	-0.187	-0.124
b:in june	0.135	0.0329
b:in leeds	-0.475	-0.474
b:in light	0.372	0.113
b:in lisbon	-0.346	-0.591
b:in march	0.271	-0.0247
b:in may	0.344	-0.0779
b:in minutes	-0.279	0.284
b:in months	-0.0321	0.513
b:in october	-0.295	0.295
b:in on	0.118	-0.0269
b:in one	0.298	-0.0557
b:in our	0.714	0.26
b:in parallel	-0.572	-0.419
b:in pdf	-0.616	-0.384
b:in place	-0.122	-0.0849
b:in practice	0.313	-0.254
b:in production	-0.571	-0.311
b:in q1	0.284	-0.00441
b:in relation	0.212	0.076
b:in review	0.55	-0.0379
b:in s	-0.23	0.313
b:in sam	-0.731	-0.693
b:in schedule	0.586	0.0131
b:in staging	-0.521	-0.553
b:in that	0.386	-0.183
b:in the	-0.325	-0.147
b:in this	0.378	-0.206
b:in touch	0.432	0.104
b:in twenty	-0.0513	0.234
b:in two	0.127	-0.3
b:in utc	-0.416	-0.246
b:in weeks	0.0155	0.567
b:in writing	0.385	0.115
b:in your	0.726	-0.425
b:in ~0	0.577	0.0671
b:inc so	-0.317	-0.221
b:incident bridge	-0.33	-0.369
b:incident commander	-0.677	-0.536
b:incident dashboard	-0.496	-0.404
b:incident follow	-0.322	-0.297
b:incident has	0.581	-0.0364
b:incident in	0.33	0.112
b:incident inc	-0.317	-0.221
b:incident is	0.59	0.295
b:incident itself	0.175	-0.0237
b:incident manager	-0.527	-0.264
b:incident number	-0.227	-0.346
b:incident on	0.0556	-0.304
b:incident rather	-0.553	-0.414
b:incident report	-0.015	-0.096
b:incident review	-0.58	-0.372
b:incident severity	-0.307	-0.33
b:incident summary	-0.267	-0.21
b:incident timeline	-0.389	-0.339
b:incident to	-0.63	-0.497
b:incident updates	0.126	0.474
b:incident was	0.354	-0.0161
b:incident will	0.386	-0.183
b:incidents before	0.668	0.0583
b:incidents from	-0.412	-0.288
b:incidents in	-0.52	-0.298
b:incidents like	0.584	0.117
b:incidents outside	-0.518	-0.318
b:incidents remain	0.344	-0.246
b:include ops	-0.567	-0.439
b:include our	0.526	-0.0442
b:include the	-0.277	-0.174
b:independent review	0.473	-0.115
b:index change	-0.0804	0.162
b:index was	0.151	0.442
b:ines and	0.174	0.602
b:information you	-0.187	-0.124
b:infrastructure change	0.0856	0.416
b:initially we	0.145	-0.0116
b:instability of	0.284	-0.00441
b:instructed us	0.102	0.0345
b:integrated it	-0.0705	0.184
b:integration painless	-0.011	0.63
b:integration without	0.422	-0.114
b:integration ~12	0.47	-0.44
b:intentions all	0.167	-0.111
b:internal incident	-0.63	-0.497
b:internal testing	-0.19	-0.268
b:internal tracking	-0.282	-0.448
b:internally and	-0.229	-0.169
b:into a	0.494	-0.0516
b:into it	-0.799	-1.04
b:into the	0.335	0.349
b:investigating on	-0.304	-0.323
b:invite points	-0.359	-0.353
b:invited to	0.587	0.129
b:invoice for	-0.484	-0.423
b:invoice pending	0.415	0.126
b:invoices are	0.335	0.0292
b:invoices finally	-0.00605	0.327
b:invoices have	-0.0132	0.573
b:invoices out	0.0688	-0.00894
b:invoices sent	0.258	-0.127
b:invoices to	-0.408	-0.484
b:invoices until	0.102	0.0345
b:invoking the	0.328	0.108
b:involved to	0.577	-2.72e-15
b:involves the	-0.55	-0.297
b:irina for	0.175	0.51
b:is a	-0.318	0.503
b:is accurate	0.624	0.0569
b:is agreed	0.583	0.143
b:is also	0.124	-0.002
b:is answering	0.516	-0.252
b:is approved	-0.269	-0.359
b:is asking	0.184	-0.11
b:is at	0.316	-0.272
b:is attached	-0.795	-0.561
b:is back	0.0374	0.152
b:is badly	0.573	0.00262
b:is based	-0.346	-0.591
b:is being	0.3	0.115
b:is better	0.0312	0.294
b:is booked	-0.487	-0.66
b:is breathing	0.163	0.781
b:is broken	0.275	0.0182
b:is closed	-0.464	-0.415
b:is complaining	-0.311	0.597
b:is completely	0.796	-0.00497
b:is correct	-0.0695	0.202
b:is cr	-0.52	-0.702
b:is delighted	0.0275	0.434
b:is doing	0.21	-0.0451
b:is done	-0.0363	0.303
b:is empty	0.0427	0.525
b:is eu	-0.917	-0.766
b:is exactly	-0.00479	0.612
b:is excellent	0.0293	0.62
b:is fast	-0.266	0.272
b:is faster	0.194	-0.0635
b:is finished	-0.588	-0.409
b:is for	-0.0803	-0.157
b:is going	0.77	0.0869
b:is gone	0.00605	0.229
b:is great	-0.278	0.302
b:is happy	-0.226	0.316
b:is hard	0.298	0.029
b:is helping	-0.59	-0.321
b:is hurting	0.422	0.072
b:is in	-0.232	-0.204
b:is inc	-0.282	-0.448
b:is indefensible	0.187	-0.168
b:is it	-0.423	-0.29
b:is live	0.117	-0.104
b:is lower	0.0822	-0.00371
b:is making	0.228	-0.0443
b:is mei	-0.187	-0.124
b:is mitigated	0.59	0.295
b:is much	0.0594	0.325
b:is next	0.102	0.00624
b:is not	0.647	-0.388
b:is noticeably	-0.0261	0.291
b:is now	0.462	-0.291
b:is offline	0.353	-0.0167
b:is on	-0.723	-0.506
b:is ongoing	-0.437	-0.302
b:is out	-0.306	-0.267
b:is painfully	0.696	-0.173
b:is palpable	-0.0484	0.362
b:is paused	0.537	-0.0558
b:is perfect	-0.234	0.651
b:is pretty	0.407	0.162
b:is published	-0.451	-0.583
b:is quiet	0.0177	0.0903
b:is realistic	0.32	0.0587
b:is relaxed	-0.171	0.173
b:is resolved	0.413	-0.172
b:is ridiculous	0.467	0.0421
b:is running	-0.145	0.377
b:is satisfied	0.0507	0.626
b:is scanning	-0.00866	0.0872
b:is scheduled	-0.276	-0.743
b:is shipping	-0.0143	0.103
b:is six	0.291	-0.286
b:is solid	0.017	0.0571
b:is stable	-0.0234	0.2
b:is still	-0.163	-0.285
b:is sundays	-0.557	-0.6
b:is superficial	0.596	-0.044
b:is suspended	0.411	-0.0639
b:is the	-0.482	-0.621
b:is there	-0.494	-0.298
b:is thorough	0.276	-0.0306
b:is thrilled	-0.0804	0.162
b:is tight	0.328	-0.0563
b:is unacceptable	0.285	-0.0498
b:is understood	0.154	0.0585
b:is untouched	0.451	-0.14
b:is up	0.319	0.399
b:is useless	0.464	-0.0742
b:is wearing	0.233	-0.0101
b:is where	0.223	-0.179
b:is why	0.55	-0.0379
b:is working	-0.129	0.33
b:is ~17	-0.0638	0.659
b:is ~22	1.1	0.0175
b:is ~26	0.0243	0.261
b:is ~28	0.576	-0.00602
b:is ~30	1.54	0.128
b:is ~42	0.102	0.00624
b:is ~55	0.16	-0.083
b:is ~66	0.0507	0.626
b:issue involves	-0.55	-0.297
b:issue is	0.294	-0.28
b:issue on	-0.295	-0.286
b:issues during	0.135	0.549
b:issues since	-0.0829	0.31
b:issues to	-0.162	0.348
b:issuing a	0.375	0.059
b:it a	-0.818	-0.75
b:it again	0.344	-0.0779
b:it all	-0.0458	0.266
b:it and	0.511	0.441
b:it answered	0.435	-0.173
b:it are	0.501	-0.0292
b:it at	-0.246	-0.176
b:it bearable	0.0472	0.148
b:it behaves	-0.589	-0.437
b:it blames	0.189	-0.112
b:it broke	0.293	-0.162
b:it can	-0.368	-0.32
b:it confirms	0.0518	-0.0391
b:it does	0.0895	-0.0629
b:it ended	0.473	-0.085
b:it feels	-0.207	0.36
b:it finished	-0.0858	0.167
b:it for	-0.213	-0.253
b:it happened	0.499	0.0655
b:it has	0.226	-0.00419
b:it holds	-0.557	-0.432
b:it in	0.08	0.19
b:it internally	-0.525	-0.263
b:it into	0.568	0.106
b:it is	0.0915	-0.102
b:it just	0.37	-0.000217
b:it leaves	0.189	-0.112
b:it matched	0.276	-0.0306
b:it mattered	0.0948	-0.0858
b:it may	-0.3	-0.155
b:it might	-0.571	-0.396
b:it on	-0.106	0.12
b:it paged	0.407	-0.076
b:it reflected	0.5	-0.0879
b:it said	0.045	-0.0212
b:it seriously	0.166	-0.0542
b:it shows	0.143	-0.0103
b:it solved	0.315	-0.275
b:it sorted	-0.0513	0.234
b:it team	-0.375	-0.188
b:it to	-0.106	0.466
b:it took	-0.393	0.436
b:it tracked	-0.423	-0.29
b:it used	0.397	-0.188
b:it very	0.3	-0.287
b:it was	-0.343	0.457
b:it went	-0.272	0.272
b:it will	0.41	-0.0645
b:it with	0.412	-0.0172
b:it within	-0.0373	0.103
b:it worked	-0.282	0.308
b:it ~30	0.364	-0.113
b:it ~7	0.574	-0.133
b:it's been	0.0185	0.111
b:it's embarrassing	0.292	0.0959
b:it's fixed	-0.173	0.328
b:it's good	-0.131	0.536
b:it's hard	0.471	-0.111
b:it's looking	-0.446	-0.263
b:it's not	0.185	-0.141
b:it's now	0.259	-0.149
b:it's one	-0.59	-0.315
b:it's ready	-0.179	-0.151
b:it's that	0.185	-0.141
b:it's the	-0.304	-0.323
b:it's thursday	0.134	0.0648
b:it's unclear	-0.122	-0.0849
b:items are	0.294	-0.0167
b:its best	0.21	-0.0451
b:itself already	-0.28	0.309
b:itself every	0.408	-0.183
b:itself still	0.585	-0.0234
b:itself was	-0.0837	0.203
b:january and	0.253	-0.053
b:jo instead	-0.527	-0.264
b:joaquin for	0.0563	0.198
b:job failed	0.268	-0.0634
b:job has	0.048	0.41
b:job on	-0.077	0.382
b:job stopped	0.69	0.074
b:join the	-0.417	-0.303
b:judge it	-0.539	-0.539
b:judge yet	-0.332	-0.246
b:judgement until	-1.08	-0.603
b:jumping on	0.208	0.31
b:june is	0.281	0.1
b:jury is	-0.51	-0.622
b:jury's still	-0.403	-0.585
b:just a	0.0147	0.0328
b:just answered	0.518	0.0932
b:just got	0.357	0.0843
b:just great	0.5	0.0702
b:just have	0.5	-0.0879
b:just lighter	-0.343	-0.59
b:just perfect	0.368	0.0223
b:just wanted	-0.278	0.302
b:just what	0.339	0.00641
b:just worked	-0.0228	0.323
b:just ~30	0.37	-0.000217
b:keep an	-0.447	-0.327
b:keep it	-0.0392	0.394
b:keep paying	0.259	-0.149
b:keep piling	0.585	-0.0849
b:keep the	-0.936	-0.754
b:keep things	0.518	0.125
b:keep watching	-0.434	-0.584
b:keeping us	-0.0199	0.403
b:keeps letting	0.0958	-0.0165
b:keeps us	-0.0373	0.103
b:keiko and	-0.04	0.482
b:kenji on	0.0535	0.365
b:kept every	-0.295	0.295
b:key was	-0.605	-0.613
b:keys as	-0.594	-0.453
b:kind and	0.103	-0.101
b:kind regards	-0.0682	0.317
b:kindly add	-0.468	-0.353
b:kindly confirm	-0.802	-0.803
b:kindly forward	-0.919	-0.733
b:kindly note	0.609	0.13
b:kindly provide	0.588	0.239
b:kindly treat	0.355	-0.0411
b:knew the	0.111	-0.0561
b:know how	-0.0437	-0.168
b:know if	-0.344	-0.581
b:know more	-0.584	-0.506
b:know that	-0.0958	0.136
b:know the	-0.00313	-0.165
b:know which	0.205	0.0219
b:know yet	-0.579	-0.37
b:know your	0.641	-0.0557
b:knowing about	0.0801	0.51
b:knowledgeable and	0.224	0.767
b:kofi our	0.0145	0.448
b:kudos aisha	0.0466	0.303
b:kudos amara	-0.204	0.364
b:kudos ana	0.0358	0.475
b:kudos anna	0.0691	0.729
b:kudos beatriz	-0.0446	0.473
b:kudos ben	0.00409	0.465
b:kudos daniel	0.0629	0.322
b:kudos elena	-0.0786	0.265
b:kudos fatima	-0.108	0.361
b:kudos for	0.449	-0.133
b:kudos gabriel	-0.014	0.303
b:kudos hannah	-0.189	0.398
b:kudos harriet	0.126	0.474
b:kudos hugo	0.123	0.529
b:kudos ibrahim	-0.0536	0.19
b:kudos ines	0.174	0.602
b:kudos joaquin	0.0563	0.198
b:kudos keiko	-0.04	0.482
b:kudos kenji	0.0535	0.365
b:kudos lena	-0.152	0.381
b:kudos leo	0.0401	0.245
b:kudos lucia	-0.00115	0.383
b:kudos marta	0.0429	0.26
b:kudos mei	-0.0201	0.692
b:kudos nia	0.0116	0.0258
b:kudos noor	-0.0552	0.601
b:kudos omar	0.19	0.444
b:kudos on	0.298	-0.0557
b:kudos oscar	-0.128	0.533
b:kudos pavel	-0.0291	0.239
b:kudos priya	-0.0858	0.167
b:kudos tom	-0.0283	0.284
b:kudos wen	0.084	0.276
b:kudos yuki	-0.232	0.349
b:kudos yusuf	-0.0408	0.675
b:lack of	0.403	-0.0213
b:lag spikes	0.357	0.0843
b:lands on	0.259	0.0414
b:last attempt	-0.0623	0.0866
b:last batch	0.123	0.529
b:last few	0.571	-0.234
b:last month	0.177	0.0454
b:last quarter	-0.212	-0.117
b:last six	-0.268	0.269
b:last three	0.367	-0.111
b:last time	-0.286	0.286
b:last two	0.0504	0.169
b:last update	0.524	-0.0292
b:last upgrade	-0.0228	0.323
b:last week	0.0834	-0.185
b:last week's	-0.436	-0.372
b:last year	0.502	0.0735
b:late and	0.238	-0.0211
b:late night	-0.224	0.316
b:late on	-0.139	0.297
b:late to	0.0429	0.26
b:latency after	-0.107	0.237
b:latency numbers	0.108	0.274
b:later the	0.167	-0.111
b:later we	0.048	-0.00587
b:latest update	0.57	0.0224
b:lead has	0.0958	-0.0165
b:lead to	-0.32	-0.399
b:lead was	0.239	-0.139
b:lead will	-0.397	-0.279
b:leadership is	0.253	-0.053
b:leak seems	-0.132	0.291
b:learned it	0.448	-0.134
b:learned something	0.448	-0.134
b:leave next	-0.527	-0.264
b:leaves out	0.189	-0.112
b:ledger for	-0.123	0.313
b:leeds on	-0.475	-0.474
b:left it	0.412	-0.0172
b:left without	0.413	-0.00319
b:legal department	0.359	-0.00737
b:legal has	-0.278	-0.207
b:legal team	0.377	-0.00175
b:legal teams	0.3	0.115
b:lena for	-0.152	0.381
b:leo and	0.0401	0.245
b:less good	0.291	-0.286
b:less stressed	-0.0393	0.439
b:let me	0.177	0.0454
b:let us	-0.409	-0.42
b:let you	-0.499	-0.368
b:let's reconvene	-0.547	-0.469
b:let's see	-0.589	-0.419
b:letter was	0.589	0.15
b:letting us	0.431	-0.155
b:level agreement	0.201	-0.0819
b:level of	0.5	-0.0331
b:lgtm from	0.0948	0.267
b:lgtm thumbsup	-0.021	0.993
b:licence count	0.466	-0.0383
b:light of	0.372	0.113
b:light today	-0.579	-0.37
b:like a	0.305	0.15
b:like an	0.577	-2.72e-15
b:like explaining	0.267	0.0848
b:like paying	0.378	0.0507
b:like the	-0.112	-0.109
b:like this	0.552	0.0427
b:like to	-0.676	-0.375
b:like we	-0.0626	0.531
b:liked the	0.354	-0.0173
b:line support	0.0509	-0.00281
b:link in	-0.359	-0.353
b:link this	-0.461	-0.348
b:lisbon so	-0.346	-0.591
b:list of	-0.263	-0.193
b:list should	-0.567	-0.439
b:list with	0.0139	0.0742
b:live event	0.345	-0.0967
b:live on	0.134	0.0648
b:live with	0.625	-0.0148
b:load balancer	-0.548	-0.598
b:load test	-0.154	-0.139
b:load' for	0.354	0.0518
b:loads for	0.584	-0.00149
b:log again	0.626	-0.0496
b:log any	-0.57	-0.543
b:log in	0.118	-0.0269
b:log this	-0.553	-0.414
b:logged everyone	0.404	-0.00423
b:logging this	-0.368	-0.32
b:login delays	-0.0547	0.287
b:login for	0.244	-0.0223
b:login page	0.582	0.00811
b:login tickets	0.163	0.583
b:logs everyone	0.0358	-0.00615
b:logs for	-0.0321	-0.0163
b:logs from	-0.431	-0.424
b:logs related	-0.583	-0.314
b:logs show	0.37	-0.000217
b:logs to	-0.523	-0.48
b:longer than	-0.269	0.312
b:look asap	0.838	0.0778
b:look bad	0.228	-0.0443
b:look slightly	-0.59	-0.315
b:looked at	-0.252	-0.25
b:looking different	-0.446	-0.263
b:looking into	-0.799	-1.04
b:looks fixed	0.0896	0.691
b:looks healthy	-0.0829	0.31
b:looks nice	0.045	-0.0212
b:looks nicer	0.501	-0.0292
b:loop this	0.584	0.117
b:looping in	-0.731	-0.693
b:losing a	0.452	-0.00752
b:losing it	0.285	-0.0498
b:losing orders	0.0347	0.313
b:lost data	0.0894	-0.0576
b:lost messages	0.584	-0.0698
b:lost most	0.0948	-0.0858
b:lost trading	0.205	-0.0242
b:lost transactions	0.541	0.0355
b:lot less	-0.0393	0.439
b:lot of	0.0154	0.0585
b:lot this	-0.415	0.746
b:loudly on	0.332	-0.0824
b:love how	0.312	0.0912
b:love it	-0.0261	0.291
b:love that	0.354	0.0518
b:love the	0.483	0.33
b:love them	-0.257	0.257
b:love waking	0.287	-0.0958
b:lovely people	0.297	-0.287
b:lovely throughout	0.07	-0.00158
b:lovely ~19	0.07	-0.00158
b:loving the	0.586	0.00117
b:low expectations	-0.0228	0.323
b:lucia the	-0.00115	0.383
b:lukas was	-0.19	0.595
b:made a	-0.389	-0.423
b:made it	0.381	0.0848
b:made the	-0.301	0.701
b:mailbox for	-0.198	-0.245
b:maintenance counts	-0.578	-0.42
b:maintenance in	0.0801	0.51
b:maintenance window	0.199	-0.297
b:maintenance ~9	-0.000685	0.0128
b:major client	0.464	-0.127
b:make sure	0.03	0.3
b:making us	0.228	-0.0443
b:managed to	0.427	0.0107
b:manager for	-0.562	-0.547
b:manager has	0.07	-0.00158
b:manager is	-0.5	-0.351
b:manager knows	0.03	0.3
b:manager on	-0.169	-0.217
b:managers are	0.205	-0.144
b:managers ceased	0.0116	0.264
b:managers have	0.00558	0.12
b:managers love	-0.257	0.257
b:mandatory update	0.345	-0.0967
b:manual restarts	-0.0025	0.125
b:manual stock	0.205	-0.144
b:manual workaround	-0.126	0.444
b:many kudos	-0.0133	0.28
b:many questions	0.175	0.51
b:map tiles	-0.146	0.394
b:march outage	0.545	0.196
b:marcus went	0.155	0.45
b:marked the	0.58	0.125
b:marks for	0.324	-0.169
b:master services	0.0936	-0.0308
b:matched the	0.276	-0.0306
b:matches our	-0.123	0.313
b:material breach	0.201	-0.0819
b:matrix to	-0.166	-0.262
b:matter has	0.359	0.00598
b:matter should	0.526	-0.0442
b:may not	-0.3	-0.155
b:may or	-0.3	-0.155
b:maya's clear	-0.137	0.422
b:maybe one	0.582	0.00811
b:me about	-0.0159	0.214
b:me and	0.295	-0.294
b:me summarise	0.177	0.0454
b:me what	0.205	-0.144
b:me when	0.0294	-0.00238
b:me whether	0.259	-0.149
b:meant a	-0.0958	0.136
b:meant well	0.521	-0.0853
b:meanwhile the	0.483	0.181
b:meeting is	-0.603	-0.529
b:meeting until	-0.557	-0.279
b:meeting with	1.18	0.471
b:mei for	-0.0201	0.692
b:mei in	-0.187	-0.124
b:mei lin	-0.701	-0.603
b:memory leak	-0.132	0.291
b:memory warnings	0.0461	0.602
b:mention the	0.458	-0.128
b:merchants are	-0.0879	0.449
b:merge this	-0.321	-0.28
b:merge tickets	-0.529	-0.4
b:message as	0.0793	-0.0243
b:middle of	0.546	0.0115
b:midnight and	0.47	-0.44
b:might be	-0.541	-0.591
b:migrating the	-0.568	-0.456
b:migration after	-0.272	0.272
b:migration is	-0.0363	0.303
b:migration plan	0.313	-0.254
b:migration scripts	0.0487	0.136
b:migration took	-0.286	0.304
b:migration went	0.236	0.831
b:migration would	0.251	-0.0092
b:minor' update	0.404	-0.00423
b:minutes and	-0.118	-0.0696
b:misconfiguration in	-0.265	0.266
b:miserable week	0.589	-0.0183
b:missed deadline	0.0779	0.0183
b:missed our	0.169	-0.102
b:missing half	0.27	-0.0585
b:missing invoices	-0.143	0.365
b:missing transactions	0.279	-0.045
b:mobile app	0.554	0.0499
b:mobile users	-0.363	-0.206
b:module be	-0.505	-0.475
b:module is	0.0354	0.652
b:monday and	0.588	0.294
b:monday deployments	-0.073	0.478
b:monday goes	-0.28	-0.228
b:monday morning	0.253	0.279
b:monday to	0.0154	-0.478
b:monday's load	-0.313	-0.236
b:mondays back	-0.083	0.812
b:monitor for	-0.751	-0.73
b:monitoring confirms	-0.52	-0.329
b:monitoring says	0.59	0.295
b:monitoring since	-0.0201	0.661
b:month and	0.273	-0.235
b:month end	-0.0873	-0.0509
b:month is	0.298	0.029
b:month of	0.0675	0.631
b:month under	0.38	-0.00147
b:months ago	0.385	-0.0101
b:months have	-0.0989	0.259
b:months now	0.0145	0.631
b:months of	-0.268	0.269
b:more after	-0.584	-0.506
b:more before	0.239	-0.139
b:more problems	0.315	-0.275
b:more sites	0.284	-0.00441
b:more timeouts	0.477	0.156
b:more traffic	-0.571	-0.396
b:morning and	-0.557	-0.279
b:morning apologising	0.0822	-0.00371
b:morning for	-0.431	-0.424
b:morning rush	-0.0373	0.103
b:mornings utc	-0.346	-0.591
b:most frustrating	0.376	0.0766
b:most of	0.0283	-0.0265
b:most stable	-0.00499	0.0299
b:moved to	0.671	0.194
b:moved us	-0.0887	0.487
b:moves to	-0.312	-0.325
b:moving regions	-0.245	0.338
b:much appreciated	0.0432	0.968
b:much calmer	0.158	0.36
b:much faster	0.0956	0.477
b:much for	0.469	-0.035
b:much happier	-0.00585	0.0558
b:my ceo	-0.23	0.361
b:my director	0.267	0.0848
b:my team	0.159	-0.134
b:nadia has	-0.152	0.413
b:nadia was	0.058	0.662
b:need a	-0.0742	-0.193
b:need more	-0.571	-0.396
b:need someone	0.59	0.295
b:need the	-0.635	-0.384
b:need to	-0.194	-0.289
b:needed after	0.315	-0.176
b:needed before	0.044	-0.0145
b:needed this	0.235	-0.215
b:needed was	0.345	-0.0967
b:nervous about	-0.0623	0.0866
b:network provider	-0.572	-0.419
b:network team	0.0954	0.275
b:network without	0.189	-0.112
b:networking folks	-0.189	0.398
b:never expected	-0.106	0.466
b:never noticed	0.029	0.587
b:never stopped	0.357	0.0843
b:never thought	-0.287	0.29
b:never told	0.251	-0.0092
b:new administrators	-0.531	-0.525
b:new ai	0.582	0.00811
b:new alerting	-0.222	0.346
b:new api	-0.0705	0.184
b:new architecture	0.282	0.919
b:new build	-0.417	-0.452
b:new cache	-0.59	-0.321
b:new caching	-0.403	-0.585
b:new cluster	-0.347	0.658
b:new errors	-0.57	-0.543
b:new eta	-0.443	-0.52
b:new export	0.0635	1.07
b:new feature	0.391	-0.204
b:new feature'	0.586	0.00117
b:new incident	-0.553	-0.414
b:new mobile	-0.108	0.84
b:new pipeline	-0.0234	0.187
b:new plan	-0.192	-0.276
b:new release	-0.0994	0.379
b:new reporting	-0.00907	0.631
b:new routing	-0.51	-0.622
b:new search	0.0223	1.2
b:new service	-0.166	-0.262
b:new status	0.045	-0.0212
b:new that	0.0509	-0.00281
b:new ui	0.124	-0.002
b:new version	-0.539	-0.539
b:new vpn	-0.316	-0.505
b:news everyone	0.712	0.0832
b:next checkpoint	-0.157	-0.233
b:next invoice	0.409	-0.145
b:next month	-1	-0.641
b:next quarter	0.712	0.0832
b:next review	0.0347	-0.0543
b:next sprint	-0.0158	-0.352
b:next steps	-0.307	-0.206
b:next time	0.114	-0.0638
b:next week	-0.478	-0.365
b:next year	0.171	0.0108
b:nia and	0.0116	0.0258
b:nice of	0.386	-0.205
b:nice to	0.561	0.142
b:nicer now	0.501	-0.0292
b:night again	0.315	-0.176
b:night and	0.524	-0.0309
b:night batch	0.58	0.125
b:night debugging	-0.204	0.364
b:night for	-0.0547	0.207
b:night it	0.0948	-0.0858
b:night on	-0.228	0.472
b:night shift	-0.0668	0.204
b:night team	0.581	0.0702
b:nightly batch	-0.00585	0.0558
b:nightly job	0.048	0.41
b:nightly report	-0.0588	0.254
b:nightly spike	-0.23	0.313
b:nightmare for	0.518	-0.24
b:nine day	0.187	-0.168
b:no alerts	0.0177	0.0903
b:no closer	0.523	-0.0459
b:no complaints	0.0353	0.238
b:no conclusions	-0.59	-0.315
b:no downtime	-0.031	0.527
b:no errors	0.0427	0.525
b:no failed	-0.0126	0.525
b:no issues	0.00426	0.401
b:no strong	-0.536	-0.464
b:no verdict	-0.153	-0.22
b:no written	0.233	-0.0101
b:nobody can	0.497	-0.159
b:nobody caught	0.55	-0.0379
b:nobody from	0.584	0.0318
b:nobody has	0.0192	0.0621
b:nobody here	0.199	-0.00431
b:nobody is	0.516	-0.252
b:nobody it	0.276	-0.0306
b:nobody knew	0.127	-0.0563
b:nobody on	0.0217	0.0943
b:nobody our	-0.204	0.431
b:nobody replies	0.471	-0.111
b:nobody seems	0.592	-0.0322
b:nobody the	0.161	0.00978
b:nobody them	0.265	-0.031
b:nobody warned	0.389	-0.0776
b:nobody was	0.0801	0.51
b:nobody will	0.0894	-0.0576
b:nobody your	0.265	-0.031
b:noor for	-0.0552	0.601
b:not a	-0.0281	0.122
b:not an	0.0948	-0.0858
b:not be	0.00767	-0.0617
b:not been	0.233	-0.0101
b:not bring	0.205	-0.0242
b:not call	0.292	0.0101
b:not care	0.0425	-0.0376
b:not caused	-0.11	0.397
b:not change	0.169	-0.102
b:not clear	-0.384	-0.195
b:not come	0.317	-0.262
b:not comfortable	0.137	0.0356
b:not complaining	-0.26	0.27
b:not confident	0.439	-0.0204
b:not confirm	-0.437	-0.302
b:not consider	0.357	0.0947
b:not consulted	0.213	-0.0634
b:not convinced	0.262	0.0514
b:not decided	-0.545	-0.579
b:not even	-0.0603	0.36
b:not everything	0.0312	0.294
b:not expect	-0.295	0.295
b:not fault	-0.135	0.44
b:not feel	0.264	0.0613
b:not fix	0.0822	-0.00371
b:not fixed	0.934	0.0202
b:not get	0.234	-0.104
b:not given	0.213	-0.0634
b:not going	0.102	0.00624
b:not great	0.114	-0.0638
b:not had	-0.548	0.0063
b:not happened	-0.332	-0.246
b:not happy	0.245	0.00113
b:not have	0.375	-0.0345
b:not heard	0.153	0.458
b:not helpful	0.484	-0.0613
b:not in	-0.588	-0.409
b:not informed	0.213	-0.0634
b:not judge	-0.332	-0.246
b:not know	0.205	0.0219
b:not like	0.246	0.0434
b:not log	0.118	-0.0269
b:not moved	0.259	-0.149
b:not next	0.235	-0.215
b:not once	0.378	-0.206
b:not pick	-0.344	-0.33
b:not practical	0.282	0.0183
b:not pretend	0.00598	0.0329
b:not ready	-0.258	-0.28
b:not recommend	0.274	0.00342
b:not recur	0.295	-0.162
b:not regressed	-0.179	0.329
b:not say	0.245	-0.165
b:not seeing	0.593	-0.0118
b:not seem	0.397	0.0587
b:not seen	0.5	-0.0879
b:not sure	-0.167	-0.165
b:not tell	-0.295	-0.286
b:not that	0.185	-0.141
b:not the	-0.34	0.551
b:not theirs	0.0116	0.0258
b:not think	0.0614	0.018
b:not thinking	0.0542	0.592
b:not to	0.471	-0.111
b:not translated	0.494	-0.0516
b:not trust	0.371	0.0201
b:not understand	0.55	-0.0379
b:not welcome	0.335	-0.0271
b:not what	0.538	0.0771
b:not yet	-0.484	-0.423
b:not ~18	0.154	0.0585
b:not ~30	0.486	0.00775
b:notch support	-0.473	0.688
b:note that	0.248	-0.148
b:note to	0.0147	0.0328
b:note we	0.609	0.13
b:notes did	0.218	-0.089
b:notes forgot	0.458	-0.128
b:nothing about	0.392	-0.118
b:nothing broke	-0.239	0.332
b:nothing changed	0.703	-0.0677
b:nothing has	0.156	0.153
b:nothing i	-0.162	0.575
b:nothing loads	0.472	-0.0744
b:nothing to	-0.513	-0.244
b:nothing was	-0.212	0.236
b:notice about	-0.000685	0.0128
b:notice the	0.386	-0.205
b:notice under	0.0925	-0.0302
b:noticeably faster	-0.0261	0.291
b:noticed a	-0.286	0.286
b:noticed any	-0.18	0.304
b:noticed the	-0.137	0.165
b:notification list	-0.567	-0.439
b:now august	0.344	-0.0779
b:now been	0.163	-0.152
b:now failed	0.287	-0.287
b:now happened	0.323	0.0395
b:now have	-0.291	0.293
b:now involved	0.0894	-0.0576
b:now missing	0.27	-0.0585
b:now on	0.284	-0.00441
b:now our	0.205	0.0219
b:now rejects	0.458	-0.128
b:now search	0.199	-0.185
b:now subject	0.473	-0.115
b:now that	-0.0302	0.316
b:now the	0.656	-0.115
b:now thumbsup	-0.0344	0.237
b:now wants	0.588	0.294
b:now wednesday	0.259	-0.149
b:now works	-0.163	0.401
b:number for	-0.282	-0.448
b:number is	-0.3	-0.391
b:number so	-0.192	-0.297
b:number stays	-0.527	-0.264
b:number to	-0.468	-0.353
b:numbers came	0.0314	0.57
b:numbers for	-0.681	-0.564
b:numbers in	0.238	-0.0056
b:numbers look	-0.59	-0.315
b:numbers on	0.372	-0.0229
b:numbers ~32	0.108	0.274
b:nurses have	-0.0547	0.287
b:observed was	-0.699	-0.473
b:occur this	0.284	-0.00542
b:october and	0.588	0.239
b:october i	-0.295	0.295
b:of a	-0.235	0.377
b:of affected	-0.292	-0.23
b:of alert	0.0135	0.224
b:of churn	0.339	0.013
b:of complaints	0.186	-0.0146
b:of concept	0.396	0.0656
b:of customer	0.218	-0.089
b:of data	-1.01	-0.564
b:of days	-0.571	-0.311
b:of downtime	0.422	0.072
b:of each	-0.363	-0.316
b:of error	0.0367	0.464
b:of every	0.118	0.0315
b:of firefighting	0.0675	0.631
b:of his	0.378	0.0507
b:of hours	-0.308	-0.344
b:of incident	1.13	-0.209
b:of incidents	-0.412	-0.288
b:of it	0.445	-0.159
b:of office	-0.484	-0.47
b:of orders	0.452	-0.00752
b:of our	0.616	-0.00324
b:of progress	0.403	-0.0213
b:of recent	0.372	0.113
b:of stable	-0.268	0.269
b:of support	0.266	0.126
b:of the	0.651	-0.0536
b:of this	0.138	0.15
b:of ticket	-0.969	-0.583
b:of tickets	-0.118	-0.0696
b:of trouble	-0.000685	0.0128
b:of unavailability	0.204	0.0623
b:of us	0.0147	0.0328
b:of you	0.386	-0.205
b:of your	0.473	-0.115
b:off on	-0.0142	-0.366
b:office from	-0.484	-0.47
b:office is	-0.549	-0.513
b:officer this	0.576	0.247
b:offline again	0.353	-0.0167
b:oh brilliant	0.0358	-0.00615
b:oh fantastic	0.476	-0.06
b:oh good	0.393	0.0677
b:oh lovely	0.477	0.156
b:oh wonderful	0.313	0.00367
b:ok we're	0.132	0.69
b:old one	-0.198	-0.201
b:older phones	0.584	-0.00149
b:omar and	0.19	0.444
b:on a	0.119	0.0389
b:on all	-0.745	-0.628
b:on android	0.118	-0.0269
b:on any	-0.451	-0.583
b:on breaking	0.298	-0.0557
b:on call	-0.0666	0.0363
b:on day	-0.0182	0.13
b:on for	0.194	-0.0635
b:on friday	0.544	0.171
b:on future	-0.514	-0.578
b:on hand	0.0147	0.0328
b:on hold	0.284	-0.00441
b:on holiday	0.408	-0.183
b:on it	-0.174	0.0349
b:on leave	-0.527	-0.264
b:on march	-0.74	-0.714
b:on monday	0.0384	-0.58
b:on next	-0.322	-0.209
b:on november	0.204	0.0623
b:on older	0.584	-0.00149
b:on our	-0.164	0.049
b:on paper	0.313	-0.254
b:on payroll	0.487	0.0154
b:on phase	0.404	0.0555
b:on promises	0.328	-0.0563
b:on saturday	-0.588	-0.624
b:on site	-0.475	-0.474
b:on social	0.332	-0.0824
b:on someone	0.448	-0.134
b:on standby	-0.143	-0.0814
b:on sunday	0.267	-0.274
b:on that	0.167	-0.0079
b:on the	-0.303	0.211
b:on this	0.997	1.57
b:on thursday	-0.475	-0.474
b:on time	-0.0597	0.464
b:on tuesday	-0.302	0.204
b:on ubuntu	-0.702	-0.703
b:on until	0.0488	0.366
b:on wednesday	0.588	0.294
b:on workarounds	0.544	0.0762
b:on your	-0.0885	0.303
b:onboarding had	-0.257	0.257
b:onboarding session	0.113	0.315
b:onboarding was	-0.0316	0.363
b:once complete	-0.375	-0.188
b:once in	0.378	-0.206
b:once it	-0.269	-0.359
b:once legal	-0.278	-0.207
b:once our	-0.252	-0.25
b:once the	-0.0251	0.2
b:once triaged	-0.307	-0.33
b:once we	-0.547	-0.469
b:one can	-0.188	-0.282
b:one day	0.0805	-0.243
b:one is	0.187	-0.168
b:one night	0.0948	-0.0858
b:one of	0.276	0.0911
b:one off	0.323	0.0395
b:one opened	-0.321	-0.28
b:one report	0.427	0.0107
b:one rollback	0.313	-0.254
b:one sprint	0.298	-0.0557
b:one ~12	0.464	-0.127
b:one ~28	0.408	0.052
b:one ~46	0.177	0.0454
b:one ~8	-0.0321	0.585
b:only six	0.386	-0.205
b:only thing	0.0895	-0.0629
b:open a	-0.186	-0.117
b:open for	0.163	-0.152
b:open until	-0.375	-0.188
b:opened a	-0.557	-0.394
b:opened at	-0.346	-0.243
b:opened ticket	-0.525	-0.655
b:opened yesterday	-0.321	-0.28
b:opening the	-0.0093	0.324
b:operating officer	0.576	0.247
b:operational the	0.072	-0.049
b:operational while	0.045	-0.0212
b:operations director	0.575	0.288
b:ops and	-0.567	-0.439
b:ops floor	0.153	0.458
b:ops lead	-0.32	-0.399
b:ops team	0.0393	0.328
b:options for	0.364	-0.0358
b:options under	0.591	0.216
b:or a	-0.295	-0.286
b:or accurate	0.397	0.0587
b:or adequately	0.32	0.0587
b:or complete	0.409	-0.0669
b:or honest	0.368	0.0447
b:or is	-0.423	-0.29
b:or may	-0.3	-0.155
b:or related	-0.518	-0.439
b:or the	-0.343	-0.59
b:or worse	-0.446	-0.263
b:order for	0.295	0.0804
b:order form	-0.53	-0.418
b:order history	0.455	-0.142
b:orders are	-0.2	0.552
b:orders at	0.573	0.0127
b:orders flowing	-0.103	0.395
b:orders have	-0.0222	0.676
b:original open	-0.533	-0.546
b:original ticket	0.515	0.184
b:oscar for	-0.128	0.533
b:other hand	0.283	-0.282
b:other regions	0.274	0.00342
b:our account	0.675	-0.0401
b:our accountants	-0.0141	0.319
b:our admin	-0.594	-0.453
b:our agents	0.175	0.113
b:our agreement	0.328	0.108
b:our analysts	-0.715	-0.566
b:our annual	0.331	0.111
b:our architects	-0.0321	-0.0163
b:our architecture	-0.246	-0.176
b:our auditors	0.32	-0.0663
b:our batch	-0.000685	0.0128
b:our billing	-0.701	-0.757
b:our board	0.544	-0.426
b:our branches	0.438	-0.155
b:our breath	-0.0237	0.537
b:our bucket	0.462	-0.122
b:our busiest	0.931	-0.0226
b:our business	0.438	-0.1
b:our catalogue	0.199	-0.185
b:our ceo	0.362	-0.184
b:our cfo	0.224	-0.0205
b:our change	-0.364	-0.261
b:our checkout	0.223	0.171
b:our clients	0.292	0.0959
b:our clinics	0.328	-0.0563
b:our compliance	-0.46	-0.303
b:our confidence	0.185	0.0806
b:our config	0.0116	0.0258
b:our configuration	0.596	-0.044
b:our contact	-0.187	-0.124
b:our contract	0.958	0.223
b:our coo	0.284	-0.00441
b:our cto	-0.559	-0.367
b:our customers	0.724	0.476
b:our dashboards	0.59	-0.277
b:our data	0.605	-0.306
b:our dba	-0.522	-0.312
b:our developers	-0.399	-0.325
b:our doubts	-0.245	0.338
b:our drivers	-0.042	0.37
b:our end	0.244	0.0651
b:our engineers	-0.496	-0.404
b:our escalation	-0.169	-0.217
b:our exam	0.0117	-0.00391
b:our execs	-0.0106	0.025
b:our field	0.585	-0.0849
b:our finance	0.411	0.454
b:our first	0.386	-0.205
b:our fiscal	-0.74	-0.714
b:our floor	-0.18	0.304
b:our general	0.331	0.0722
b:our identity	-0.575	-0.518
b:our incident	-0.551	-0.378
b:our integration	0.422	-0.114
b:our internal	-0.259	-0.386
b:our invoices	0.234	-0.104
b:our it	-0.375	-0.188
b:our kudos	-0.12	0.421
b:our launch	0.0358	0.475
b:our leadership	0.253	-0.053
b:our ledger	-0.123	0.313
b:our legal	0.354	-0.0215
b:our live	0.345	-0.0967
b:our load	-0.113	-0.139
b:our logs	0.332	0.282
b:our maintenance	-0.398	-0.419
b:our managers	-0.406	0.413
b:our many	0.175	0.51
b:our merchants	-0.0879	0.449
b:our migration	0.509	-0.0536
b:our mondays	-0.083	0.812
b:our monitoring	0.59	0.295
b:our month	0.169	-0.102
b:our morning	-0.457	-0.316
b:our network	-0.523	-0.447
b:our new	-0.166	-0.262
b:our next	0.594	0.28
b:our night	0.58	0.125
b:our nurses	-0.0547	0.287
b:our office	-0.549	-0.513
b:our on	-0.0274	-0.232
b:our operations	0.575	0.288
b:our ops	-0.0765	0.22
b:our options	0.591	0.216
b:our original	0.515	0.184
b:our other	0.274	0.00342
b:our outage	-0.795	-0.561
b:our own	-0.235	-0.133
b:our patience	0.403	0.0177
b:our platform	-0.586	-0.627
b:our procurement	0.494	0.0369
b:our product	0.413	-0.0755
b:our qa	-0.316	-0.388
b:our records	-0.79	-0.556
b:our region	-0.917	-0.766
b:our regions	0.453	-0.0763
b:our renewal	0.177	0.0454
b:our reporting	0.57	0.0224
b:our reputation	0.408	0.108
b:our requests	0.458	-0.128
b:our review	-0.412	-0.288
b:our risk	0.18	-0.00672
b:our roadmap	-0.0556	0.254
b:our runbook	-0.604	-0.56
b:our sales	-0.191	0.401
b:our security	-0.575	-0.493
b:our service	-0.847	-0.643
b:our shoulders	0.00674	0.291
b:our side	-0.622	0.415
b:our sister	0.0375	0.47
b:our size	0.282	0.0183
b:our sprint	0.269	-0.0478
b:our staff	0.532	0.233
b:our store	0.0575	0.522
b:our stores	-0.204	0.431
b:our support	0.14	0.871
b:our tablets	0.694	-0.0334
b:our team	-0.918	-0.809
b:our teams	-0.126	0.335
b:our tenant	-0.155	-0.0993
b:our thanks	0.0145	0.448
b:our ticket	0.418	0.0482
b:our tickets	0.542	0.0892
b:our time	-0.471	-0.283
b:our top	0.335	-0.0271
b:our transactions	0.234	-0.0195
b:our urgent	0.693	-0.0133
b:our users	0.148	0.266
b:our usual	-0.298	-0.454
b:our view	-0.306	-0.267
b:our warehouse	-0.0143	0.103
b:our whole	0.353	-0.0167
b:our workflow	0.0509	-0.00281
b:our worst	0.0518	-0.0391
b:our ~2	0.583	0.143
b:our ~27	1.85	0.307
b:our ~31	0.0781	-0.0341
b:our ~4	0.671	0.275
b:ourcompany example	-0.366	-0.22
b:out about	0.539	-0.136
b:out again	0.0358	-0.00615
b:out before	0.00263	0.517
b:out from	0.22	-0.0696
b:out in	0.328	0.108
b:out of	-0.712	0.0214
b:out on	-0.371	-0.285
b:out quickly	0.159	-0.0681
b:out the	0.115	-0.0559
b:out they	-0.282	0.308
b:out to	-0.294	0.296
b:outage again	0.292	0.0959
b:outage always	0.259	0.0414
b:outage caused	0.348	0.119
b:outage communication	-0.795	-0.561
b:outage constitutes	0.671	0.275
b:outage cost	0.341	-0.244
b:outage during	0.498	0.053
b:outage from	0.539	-0.136
b:outage has	0.418	-0.000314
b:outage notification	-0.567	-0.439
b:outage of	-0.505	-0.475
b:outage on	-0.148	-0.0478
b:outage report	-1.06	-0.613
b:outage was	0.297	0.186
b:outage window	-0.477	-0.319
b:outage worse	0.521	-0.0853
b:outages on	-0.562	-0.547
b:outcome is	0.0626	0.00679
b:outside business	-0.518	-0.318
b:outstanding communication	0.0673	0.777
b:outstanding on	-0.152	0.413
b:over before	0.00919	0.0193
b:over the	0.0455	-0.091
b:over to	0.368	0.0223
b:overnight and	0.0427	0.525
b:overnight flood	0.0135	0.224
b:overnight ~16	-0.0392	0.394
b:owed for	0.594	0.28
b:own customers	0.446	-0.177
b:own environment	-1.25	-0.981
b:own incident	0.612	0.000386
b:own monitoring	-0.52	-0.329
b:own team	-0.265	0.266
b:own this	0.592	-0.0322
b:ownership of	0.143	-0.0103
b:owning the	0.215	0.00444
b:owns the	-0.868	-0.908
b:p1 bridge	-0.298	-0.454
b:p1 incidents	-0.518	-0.318
b:p1 is	0.538	0.0771
b:p1 occur	0.284	-0.00542
b:p1 on	-0.237	-0.235
b:p1 response	-0.593	-0.444
b:p1 review	-0.118	-0.0696
b:p1 runbook	-0.174	-0.26
b:p2 to	-0.586	-0.627
b:page looks	0.045	-0.0212
b:page months	0.385	-0.0101
b:page said	0.072	-0.049
b:page says	0.0193	0.00674
b:page shows	0.312	0.0912
b:page since	-0.211	0.346
b:page subscription	-0.52	-0.298
b:page to	0.533	-0.0405
b:page will	0.582	0.00811
b:paged at	-0.0252	0.309
b:paged us	0.407	-0.076
b:paging me	-0.0494	0.331
b:paid for	-0.0628	0.103
b:painful fortnight	-0.283	0.283
b:painful week	0.0472	0.148
b:painfully slow	0.696	-0.173
b:parcels are	-0.0891	0.336
b:part of	0.331	0.111
b:partial outage	-0.505	-0.475
b:partner behaves	0.194	-0.147
b:pass on	0.116	0.357
b:pass our	-0.232	0.349
b:passed again	0.128	-0.0686
b:passed and	-0.224	0.335
b:password reset	0.584	0.117
b:past first	0.0509	-0.00281
b:patch fixed	-0.743	-0.734
b:patch helped	0.27	-0.0585
b:patch made	-0.389	-0.423
b:patch now	-0.163	0.401
b:patch thumbsdown	0.566	-0.141
b:patch went	-0.0958	0.136
b:patch worked	0.15	0.811
b:patch would	0.134	0.0648
b:path for	-0.308	-0.344
b:path if	-0.344	-0.33
b:patience has	0.641	-0.0557
b:patience is	0.233	-0.0101
b:patience made	-0.185	0.379
b:patience with	0.135	0.24
b:patient and	0.0948	-0.0858
b:patient help	-0.014	0.303
b:patient walkthrough	0.0342	0.401
b:patient with	-0.135	0.584
b:paused until	0.537	-0.0558
b:pavel for	-0.0291	0.239
b:pay for	0.164	0.0324
b:paying for	0.267	-0.0706
b:payment of	0.297	-0.0625
b:payment run	-0.0858	0.167
b:payment since	0.0146	0.255
b:payments since	-0.0126	0.525
b:payroll data	-0.0695	0.202
b:payroll day	0.487	0.0154
b:payroll on	0.366	-0.15
b:payroll ran	0.00674	0.291
b:payroll run	-0.0411	0.537
b:payroll system	0.16	-0.083
b:pdf for	-0.616	-0.384
b:peace and	0.0364	0.236
b:peak has	-0.332	-0.246
b:peak hour	0.342	-0.155
b:peak without	-0.208	0.396
b:peep from	0.153	0.458
b:penalties to	0.585	0.114
b:penalty under	0.263	0.0385
b:pending a	0.433	0.0888
b:pending confirmation	-0.525	-0.711
b:pending resolution	0.411	-0.0639
b:pending the	0.415	0.126
b:pending this	0.295	0.0804
b:people and	-0.0958	0.136
b:people are	0.0922	-0.00071
b:people asking	-0.0891	0.336
b:people here	-0.0458	0.266
b:people needed	-0.00479	0.612
b:people on	0.267	0.0848
b:people to	0.297	-0.287
b:percent and	0.59	0.295
b:perfect and	-0.137	0.165
b:performance fix	-0.363	0.843
b:performance has	0.524	-0.0292
b:performance issue	0.4	-0.043
b:performance numbers	0.307	0.678
b:permanent fix	0.428	0.0364
b:phase two	0.404	0.0555
b:phone has	-0.0891	0.336
b:phone was	0.269	-0.0478
b:pick up	-0.344	-0.33
b:pieter for	-0.0682	0.317
b:piling up	0.585	-0.0849
b:pilot group	-0.536	-0.464
b:pipeline has	-0.0512	0.327
b:pity nobody	0.276	-0.0306
b:place is	0.285	-0.0498
b:plan and	-0.00585	0.0558
b:plan around	0.0801	0.51
b:plan before	0.296	-0.277
b:plan covers	-0.334	-0.542
b:plan initially	-0.282	0.308
b:plan is	0.293	0.0626
b:plan on	0.313	-0.254
b:plan the	-0.322	-0.297
b:planned database	-0.246	-0.455
b:planned fix	-0.155	-0.0993
b:planned or	-0.518	-0.439
b:planned to	0.284	-0.00441
b:platform and	-0.291	0.293
b:platform crashed	0.362	-0.129
b:platform has	-0.107	0.511
b:platform is	0.419	-0.0943
b:platform team	-0.683	-0.368
b:platform to	0.274	0.00342
b:play for	0.215	0.00444
b:pleasant surprise	-0.0228	0.323
b:please add	-0.379	-0.388
b:please advise	0.41	-0.00757
b:please arrange	0.228	0.00488
b:please attach	-0.456	-0.403
b:please be	0.591	0.216
b:please close	-0.533	-0.546
b:please confirm	-0.983	-0.586
b:please copy	-0.514	-0.578
b:please direct	-0.527	-0.264
b:please find	-0.0321	-0.0163
b:please give	0.0145	0.448
b:please have	-0.143	-0.0814
b:please hold	-0.557	-0.279
b:please include	-0.277	-0.174
b:please keep	-0.375	-0.188
b:please let	-0.57	-0.509
b:please link	-0.461	-0.348
b:please log	-0.553	-0.414
b:please make	0.03	0.3
b:please merge	-0.883	-0.569
b:please note	0.248	-0.148
b:please pass	-0.12	0.421
b:please plan	-0.322	-0.297
b:please prepare	0.284	-0.00542
b:please provide	-0.681	-0.564
b:please reference	-0.302	-0.434
b:please reopen	0.58	0.125
b:please send	-0.335	-0.428
b:please tell	-0.0778	0.464
b:please thank	-0.108	0.437
b:please treat	0.0793	-0.0243
b:please understand	0.233	-0.0101
b:please update	-0.379	-0.386
b:please use	-0.284	-0.442
b:please ~25	0.199	-0.185
b:pleased with	0.336	0.0338
b:pleasure to	-0.185	0.637
b:pls escalate	1.01	0.112
b:pls look	0.838	0.0778
b:pls send	-1.4	-1.32
b:pls share	-0.372	-0.332
b:points to	-0.359	-0.353
b:poor communication	0.353	-0.102
b:portal has	0.0117	-0.00391
b:portal is	-0.0979	0.352
b:portal this	-0.184	0.636
b:portal will	-0.0458	0.266
b:portal ~12	0.352	0.0263
b:position to	-0.501	-0.364
b:possibly related	-0.252	-0.325
b:possibly resolved	-0.468	-0.359
b:posted every	-0.0165	0.314
b:postmortem before	-0.202	-0.165
b:postmortem format	0.294	-0.0167
b:postmortem is	-0.394	-0.569
b:postmortem promising	0.558	0.0533
b:postmortem review	-0.471	-0.283
b:postmortem was	0.157	0.149
b:practical for	0.282	0.0183
b:practice it	0.313	-0.254
b:preferred a	0.589	0.15
b:premium support	0.32	-0.27
b:preparation showed	-0.0623	0.0866
b:prepare a	0.284	-0.00542
b:prepare options	0.364	-0.0358
b:pretend otherwise	0.00598	0.0329
b:price at	-0.28	0.309
b:price went	-0.26	0.27
b:priya for	0.00497	0.428
b:priya from	-0.309	-0.468
b:priya to	-0.431	-0.4
b:proactive call	0.0801	0.51
b:proactive notice	-0.000685	0.0128
b:proactive update	0.198	0.027
b:problem clearly	-0.169	0.422
b:problem has	0.163	-0.152
b:problem in	-0.232	0.349
b:problem is	0.451	-0.14
b:problem over	-0.113	0.345
b:problem today	-0.192	0.463
b:problems and	-0.11	0.397
b:problems in	-0.565	0.589
b:problems than	0.315	-0.275
b:problems with	0.686	0.0694
b:procedure set	0.328	0.108
b:process and	0.587	0.129
b:process did	0.378	-0.206
b:process is	0.316	-0.272
b:process under	0.0865	-0.00678
b:procurement and	0.3	0.115
b:procurement has	0.0332	-0.000143
b:procurement lead	0.597	0.147
b:procurement team	0.509	-0.0297
b:product failed	0.0948	-0.0858
b:product has	0.269	-0.0478
b:product keeps	0.0958	-0.0165
b:product launch	0.413	-0.0755
b:production again	0.821	-0.0843
b:production before	-0.571	-0.311
b:production twice	0.298	-0.0557
b:professional handling	-0.124	0.469
b:professional or	0.409	-0.0669
b:promised improvements	0.161	0.00978
b:promised on	0.691	0.123
b:promising it	0.558	0.0533
b:proof of	0.396	0.0656
b:propose for	0.41	-0.00757
b:propose under	0.385	0.115
b:proposed the	-0.0743	0.14
b:proposed timeline	0.32	0.0587
b:proposed workaround	-0.592	-0.511
b:provide a	0.588	0.239
b:provide the	-0.681	-0.564
b:provider in	-0.572	-0.419
b:provisions in	0.584	0.0362
b:purchase order	0.295	0.0804
b:pursue ~0	0.33	0.112
b:pushed to	0.335	-0.0271
b:put in	0.169	-0.102
b:put this	-0.0321	0.585
b:putting this	0.137	0.0356
b:qa team	-0.316	-0.388
b:quality has	0.297	-0.287
b:quality of	0.108	0.261
b:quarter at	0.594	0.28
b:quarter end	0.139	-0.0395
b:quarter for	-0.412	-0.288
b:quarter has	-0.00499	0.0299
b:quarter like	0.424	-0.158
b:quarter we've	-0.0835	0.517
b:quarter's incidents	0.339	0.013
b:question so	-0.188	-0.282
b:questionnaire by	-1.01	-0.833
b:questions about	-0.444	-0.585
b:questions after	-0.246	-0.176
b:questions by	-0.557	-0.279
b:questions is	-0.187	-0.124
b:questions we	0.774	0.0372
b:queue as	0.32	-0.27
b:queue ceased	0.194	0.689
b:queue drained	-0.0363	0.176
b:queue empty	-0.0671	0.507
b:queue has	-0.00866	0.0872
b:queue is	0.109	0.427
b:quick acknowledgement	0.223	-0.179
b:quick diagnosis	-0.0552	0.601
b:quick patch	0.315	-0.275
b:quick reply	0.435	-0.173
b:quick thank	-0.00499	0.0299
b:quick update	-0.025	0.0917
b:quiet for	0.0177	0.0903
b:quiet night	-0.228	0.472
b:quiet on	0.0451	0.414
b:quit complaining	-0.0297	0.258
b:quit grumbling	-0.107	0.237
b:quote cannot	0.344	-0.246
b:raised a	-0.435	0.559
b:raised an	-0.63	-0.497
b:raised at	0.4	-0.043
b:raised it	0.344	-0.0779
b:raised this	-0.224	0.348
b:raising a	0.49	0.177
b:raising it	0.344	-0.0779
b:ran cleanly	-0.0387	0.204
b:ran four	0.328	0.102
b:ran the	-0.029	0.256
b:rapid patch	-0.0682	0.317
b:rate and	-0.491	-0.312
b:rate graph	-0.355	-0.329
b:rates are	0.597	0.298
b:rather than	-0.553	-0.414
b:rather they	0.448	-0.134
b:ravi for	-0.04	0.482
b:ravi went	0.03	0.3
b:rca and	-0.246	-0.176
b:rca document	-0.269	-0.359
b:rca for	0.253	-0.053
b:rca internally	-0.229	-0.169
b:rca is	0.596	-0.044
b:rca says	-0.199	-0.137
b:rca that	0.177	0.0454
b:rca this	-0.557	-0.279
b:rca to	-0.529	-0.485
b:rca we've	0.277	0.585
b:rca will	0.255	0.0726
b:rca with	-0.0321	-0.0163
b:rd to	-0.484	-0.47
b:re bid	0.587	0.129
b:read access	-0.496	-0.404
b:read our	0.515	0.184
b:reads well	0.37	-0.000217
b:ready to	-0.0902	-0.0108
b:real damage	0.457	0.151
b:real problem	0.262	0.0514
b:real problems	-0.282	0.308
b:real talent	0.298	-0.0557
b:real timeline	0.205	-0.144
b:realistic or	0.32	0.0587
b:really appreciate	0.154	0.0217
b:really appreciated	-0.137	0.422
b:really happy	-0.408	0.587
b:really helped	-0.206	0.382
b:really hoping	0.159	-0.134
b:really know	0.518	0.125
b:really loving	0.586	0.00117
b:really needed	0.345	-0.0967
b:really pleased	-0.0338	0.752
b:really valuable	-0.042	0.529
b:really went	0.0169	0.143
b:reassigned to	-0.494	-0.33
b:rebuild the	0.048	0.41
b:rebuilt the	-0.0169	0.435
b:rebuilt tonight	-0.651	-0.751
b:received after	0.401	-0.221
b:received from	0.277	0.585
b:received the	-0.955	-0.539
b:recent incidents	0.372	0.113
b:recognise the	0.494	-0.0516
b:recommend the	0.274	0.00342
b:recommend you	-0.0724	0.59
b:recommend your	0.416	0.0468
b:recommending you	0.0147	0.0328
b:reconciled on	0.0147	0.0328
b:reconciled totals	-0.483	-0.346
b:reconciliation job	0.69	0.074
b:reconvene after	-0.547	-0.469
b:recorded on	0.204	0.0623
b:records every	0.524	-0.0309
b:recovery was	-0.201	0.309
b:reference in	-0.528	-0.348
b:reference it	-0.192	-0.297
b:reference the	-0.245	-0.357
b:referred to	0.359	0.00598
b:reflected in	0.5	-0.0879
b:reflected on	0.585	0.114
b:refresh is	0.483	0.181
b:refreshed with	-0.508	-0.435
b:refund for	0.534	0.167
b:regarding our	0.0781	-0.0341
b:regarding the	0.432	0.104
b:regards and	-0.0682	0.317
b:region is	0.0517	-0.444
b:region was	-0.588	-0.624
b:regional teams	-0.764	-0.556
b:regions after	0.274	0.00342
b:regions the	-0.334	-0.542
b:regions until	0.828	0.299
b:regression or	-0.295	-0.286
b:regret choosing	0.613	-0.0287
b:regular updates	0.163	-0.152
b:rejects half	0.458	-0.128
b:related to	-0.668	-0.412
b:relation to	0.212	0.076
b:relationship we	0.376	0.0766
b:relaxed and	-0.171	0.173
b:release brings	0.0509	-0.00281
b:release broke	0.422	-0.114
b:release is	-0.262	0.42
b:release notes	-0.0973	-0.667
b:release process	0.304	-0.272
b:release quality	0.297	-0.287
b:release we've	0.172	0.59
b:release would	0.159	-0.134
b:releases has	0.571	-0.234
b:reliability improves	0.708	0.135
b:reliability plan	0.583	0.143
b:reliability review	0.433	0.0888
b:reliability we	0.164	0.0324
b:reliable this	-0.472	0.616
b:relief all	-0.146	0.416
b:relief on	-0.0484	0.362
b:relief to	-0.0546	0.64
b:relieved that	0.0332	0.596
b:relieved the	-0.0162	0.369
b:relieved to	-0.0858	0.167
b:remain open	0.344	-0.246
b:remaining regions	0.828	0.299
b:remaining users	-0.568	-0.456
b:remains unusable	0.156	-0.135
b:remediation plan	0.296	-0.277
b:remedies in	0.322	0.0543
b:remedy you	0.385	0.115
b:renewal and	0.386	-0.183
b:renewal can	0.296	-0.277
b:renewal conversation	0.177	0.0454
b:renewal emails	0.126	0.535
b:renewal is	0.403	-0.174
b:renewal quote	0.344	-0.246
b:reopen it	0.58	0.125
b:reopening the	-0.553	-0.414
b:rep was	0.103	-0.101
b:repeated failures	0.328	-0.0437
b:replica lag	-0.55	-0.297
b:replies for	0.471	-0.111
b:reply and	0.304	-0.287
b:reply it	0.194	-0.147
b:report back	-0.555	-0.52
b:report before	-0.345	-0.305
b:report blames	0.354	0.0518
b:report but	-0.0808	0.445
b:report has	0.324	-0.169
b:report in	-0.616	-0.384
b:report is	0.624	0.0569
b:report matches	-0.123	0.313
b:report not	0.238	-0.0056
b:report our	0.427	0.0107
b:report reads	0.37	-0.000217
b:report should	-0.559	-0.367
b:report template	-0.196	-0.183
b:report that	-0.0858	0.167
b:report the	0.782	0.216
b:report this	0.118	0.0315
b:report to	-0.179	-0.151
b:report was	0.484	-0.0613
b:report within	0.586	0.0131
b:reported a	-0.204	0.431
b:reported in	0.288	0.104
b:reported last	0.959	0.161
b:reporting app	-0.042	0.37
b:reporting error	-0.525	-0.655
b:reporting gps	-0.00607	0.401
b:reporting has	-0.28	0.309
b:reporting missing	-0.143	0.365
b:reporting module	-0.512	0.0974
b:reporting screen	-0.0093	0.324
b:reports are	-0.466	-0.257
b:reproduce it	0.265	-0.031
b:request has	0.335	-0.0271
b:request number	-0.52	-0.702
b:requested a	0.567	0.238
b:requesting a	0.534	0.167
b:requesting read	-0.496	-0.404
b:require a	0.586	0.0131
b:rerun the	-0.258	-0.28
b:rescheduled our	-0.000685	0.0128
b:reserve judgement	-0.52	-0.329
b:reserve our	-0.306	-0.267
b:reserving judgement	-0.268	-0.313
b:reset loop	0.584	0.117
b:resolve this	0.584	0.0362
b:resolved from	-0.0523	0.655
b:resolved on	0.58	0.125
b:resolved while	0.3	-0.287
b:resolves it	-0.363	-0.206
b:respond next	-0.229	-0.169
b:responding formally	-0.345	-0.305
b:response feels	0.409	-0.0669
b:response from	0.178	0.791
b:response on	0.6	-0.111
b:response target	-0.593	-0.444
b:response that	-0.0373	0.103
b:response time	0.554	-0.119
b:response times	-0.163	0.431
b:response was	0.627	-0.108
b:response ~19	0.774	0.0372
b:responsive all	0.523	-0.0459
b:responsive throughout	0.549	-0.249
b:responsive your	-0.408	0.587
b:restart at	-0.941	-0.904
b:restarting your	0.34	0.06
b:restarts every	-0.0025	0.125
b:restore finished	0.218	-0.089
b:restore worked	0.26	0.802
b:restored cleanly	-0.125	0.756
b:restored it	-0.268	0.269
b:result in	0.577	0.0671
b:result is	-0.208	0.434
b:results afterwards	-0.143	-0.0814
b:retention settings	-0.543	-0.551
b:review for	-0.529	-0.34
b:review is	-1.44	-0.799
b:review meeting	-0.507	-0.409
b:review of	0.473	-0.115
b:review on	-0.246	-0.176
b:review the	-0.3	-0.226
b:reviewed by	0.3	0.115
b:reviewed the	-0.278	-0.207
b:reviewing it	-0.557	-0.279
b:reviewing our	0.591	0.216
b:reviewing the	-0.593	-0.558
b:revised terms	-0.278	-0.207
b:rfp for	0.0774	0.000773
b:right back	0.581	0.0702
b:right before	0.476	-0.06
b:right in	0.546	0.0115
b:risk committee	0.18	-0.00672
b:roadmap session	0.335	-0.0271
b:rocky month	-0.171	0.173
b:rollback after	0.313	-0.254
b:rollback failed	0.802	0.0548
b:rollback rolled	0.552	-0.017
b:rollback worked	0.444	0.139
b:rolled back	0.369	0.0433
b:rollout date	-0.392	-0.433
b:rollout was	-0.0182	0.13
b:root problem	0.451	-0.14
b:rosa and	0.0804	0.388
b:rota is	0.0177	0.0903
b:rotated keys	0.524	-0.0309
b:rotated the	-0.594	-0.453
b:rotated yesterday	-0.605	-0.613
b:rough patches	-0.00499	0.0299
b:round now	-0.146	0.416
b:routed to	-0.457	-0.316
b:routing logic	-0.51	-0.622
b:run a	0.396	0.0656
b:run completed	-0.0772	0.452
b:run it	-0.557	-0.432
b:run now	-0.0311	0.451
b:run on	0.328	-0.0563
b:run payroll	0.366	-0.15
b:run the	-0.521	-0.542
b:run went	-0.0162	0.369
b:runbook accordingly	-0.604	-0.56
b:runbook be	-0.174	-0.26
b:running beautifully	0.135	0.581
b:running smoothly	-0.145	0.377
b:running version	-0.698	-0.818
b:runs clean	-0.187	0.4
b:s is	-0.23	0.313
b:sadly it	0.124	-0.002
b:said everything	0.045	-0.0212
b:said on	0.205	0.0219
b:said operational	0.072	-0.049
b:sales team	-0.191	0.401
b:same account	-0.188	-0.282
b:same alert	0.167	-0.111
b:same alerts	0.048	-0.00587
b:same broken	0.0918	-0.0165
b:same bug	0.466	0.105
b:same error	-0.177	-0.249
b:same failure	0.58	0.125
b:same fault	0.298	0.029
b:same issue	0.703	-0.0677
b:same queue	0.32	-0.27
b:same thing	0.163	-0.152
b:same timeouts	0.283	0.0843
b:same ~11	0.641	-0.013
b:sarah has	0.549	-0.249
b:sat for	-0.179	0.329
b:satisfied with	0.196	0.236
b:saturday is	-0.466	-0.396
b:saturdays from	-0.312	-0.325
b:save silently	0.391	-0.204
b:saw in	0.577	-2.72e-15
b:say anything	-0.327	-0.334
b:say at	-0.59	-0.321
b:say degraded'	0.533	-0.0405
b:say either	-0.258	-0.28
b:say i	-0.0743	0.14
b:say if	-0.447	-0.43
b:say kudos	0.0116	0.0258
b:say the	-0.25	0.278
b:say this	-0.287	0.29
b:say we	0.755	-0.305
b:say we're	0.354	-0.0161
b:say whether	-0.121	-0.225
b:say yet	-0.363	-0.206
b:says all	0.0193	0.00674
b:says before	-0.322	-0.209
b:says healthy	0.178	-0.125
b:says it	-0.0458	0.266
b:says otherwise	0.59	0.295
b:says the	0.586	0.293
b:scanner issues	-0.162	0.348
b:scanners are	-0.0143	0.103
b:scanning again	-0.00866	0.0872
b:scare on	-0.212	0.236
b:sceptical initially	-0.0512	0.327
b:sceptical when	-0.0743	0.14
b:schedule applies	0.263	0.0385
b:schedule b	0.586	0.0131
b:schedule the	-0.529	-0.34
b:scheduled for	-0.159	-0.652
b:scheduled the	-0.167	-0.0968
b:scripts ~9	0.0487	0.136
b:search being	-0.0434	0.227
b:search is	0.0381	0.198
b:search once	-0.0262	0.111
b:search ~14	-0.0804	0.162
b:search ~25	0.199	-0.185
b:seats has	0.295	0.0804
b:seats on	-0.662	-0.679
b:second batch	-0.582	-0.351
b:second incident	0.59	-0.0254
b:second time	0.0117	-0.00391
b:seconds to	-0.0804	0.162
b:section of	0.237	0.054
b:security lead	-0.557	-0.279
b:security team	-0.536	-0.624
b:see a	0.537	-0.0558
b:see duplicate	-0.0362	0.294
b:see how	-0.582	-0.391
b:see orders	-0.103	0.395
b:see the	-0.61	-0.0174
b:see what	-0.322	-0.209
b:seeing any	0.593	-0.0118
b:seeing the	0.295	-0.294
b:seem complete	0.397	0.0587
b:seems to	0.558	0.0171
b:seen any	0.5	-0.0879
b:send future	-0.408	-0.484
b:send logs	-1.4	-1.32
b:send over	-0.192	-0.297
b:send questions	-0.557	-0.279
b:send the	-0.448	-0.4
b:sending over	-0.363	-0.316
b:senior on	0.59	0.295
b:sent was	-0.265	0.266
b:separate ticket	-0.31	-0.281
b:separate tickets	-0.57	-0.543
b:september under	0.36	0.0414
b:serious damage	0.348	0.119
b:serious this	0.3	0.0868
b:seriously in	0.166	-0.0542
b:seriously now	0.166	-0.0542
b:seriously ~39	0.581	-0.0364
b:servers all	-0.0962	0.546
b:service as	0.263	-0.0221
b:service desk	-1.04	-0.885
b:service for	0.413	-0.00319
b:service from	-0.00109	0.582
b:service has	-0.0267	0.542
b:service have	-0.268	0.269
b:service internally	0.416	0.0468
b:service is	0.0852	-0.0465
b:service level	0.201	-0.0819
b:service levels	0.473	-0.115
b:service manager	-0.559	-0.367
b:service ~12	0.516	-0.252
b:services agreement	0.0936	-0.0308
b:session is	-0.487	-0.66
b:session was	-0.081	0.548
b:set out	0.328	0.108
b:set up	-0.298	-0.454
b:severity assigned	-0.315	-0.303
b:severity is	0.154	0.0585
b:severity once	-0.307	-0.33
b:severity one	0.187	-0.168
b:severity was	-0.346	-0.243
b:severity would	-0.505	-0.475
b:shame about	0.653	-0.0209
b:shame it	0.045	-0.0212
b:share the	-0.425	-0.538
b:shared folder	-0.591	-0.347
b:shared mailbox	-0.198	-0.245
b:shared with	-0.174	-0.26
b:she really	0.0169	0.143
b:she stayed	0.0429	0.26
b:she was	0.0466	0.303
b:shift finally	-0.204	0.318
b:shift has	-0.0494	0.331
b:ship the	0.172	0.59
b:shipments in	-0.0362	0.294
b:shipping again	-0.0143	0.103
b:should a	0.284	-0.00542
b:should go	-0.559	-0.367
b:should have	0.0614	0.018
b:should include	-0.488	-0.408
b:should keep	0.259	-0.149
b:should we	-0.996	-0.529
b:should ~24	0.926	0.357
b:shoulders now	0.00674	0.291
b:shows green	0.312	0.0912
b:side has	0.496	0.586
b:side noticed	-0.239	0.242
b:side thinks	0.364	-0.236
b:side this	-0.868	-0.908
b:side to	-0.309	-0.468
b:side understands	0.3	0.0868
b:sign off	-0.265	-0.182
b:sign on	0.194	-0.0635
b:signed order	-0.53	-0.418
b:signs are	-0.726	-0.726
b:silently fails	0.391	-0.204
b:silently for	0.296	-0.00153
b:since caused	0.315	-0.275
b:since friday's	-0.0222	0.676
b:since january	0.253	-0.053
b:since june	-0.0224	0.586
b:since the	-0.146	0.364
b:since then	-0.295	0.295
b:since thursday	0.129	0.687
b:since tuesday	0.706	0.321
b:since you	-0.0887	0.487
b:sincere apologies	0.205	-0.0242
b:single call	0.601	-0.261
b:single deployment	0.686	0.0694
b:single escalation	-0.208	0.396
b:single failed	0.0218	0.129
b:single night	-0.00585	0.0558
b:single one	0.407	0.0124
b:single proactive	0.198	0.027
b:single sign	0.194	-0.0635
b:single timeout	0.289	0.763
b:single user	-0.00512	0.38
b:sister company	0.0375	0.47
b:site back	0.253	-0.053
b:site in	-0.475	-0.474
b:sites in	0.284	-0.00441
b:six hours	0.386	-0.205
b:six months	-0.268	0.269
b:six weeks	0.291	-0.286
b:skeptical of	-0.282	0.308
b:sla breach	0.432	0.104
b:sla is	0.955	0.38
b:sla penalties	0.585	0.114
b:sla report	0.118	0.0315
b:sla schedule	0.263	0.0385
b:slightly better	-0.59	-0.315
b:slightly reliability	0.164	0.0324
b:slightly response	-0.0373	0.103
b:slipped by	0.21	-0.0451
b:slow and	0.627	-0.108
b:slow as	0.124	-0.002
b:slow builds	-0.311	0.597
b:slow loads	-0.0664	0.626
b:slow search	0.313	0.0609
b:slow this	0.696	-0.173
b:slow tills	-0.0297	0.258
b:slow vpn	0.0251	0.167
b:slowness since	-0.18	0.304
b:smoke tests	-0.186	-0.117
b:smooth and	-0.0316	0.363
b:smooth cutover	-0.00512	0.38
b:smoothest quarter	-0.0749	0.507
b:smoothest rollout	-0.34	0.551
b:smoothly now	-0.145	0.377
b:so am	-0.0879	0.449
b:so did	-0.26	0.27
b:so do	0.0117	-0.00391
b:so fast	0.291	0.0203
b:so finance	-0.192	-0.297
b:so glad	0.32	-0.27
b:so it	-0.368	-0.32
b:so mornings	-0.346	-0.591
b:so much	0.469	-0.035
b:so no	-0.59	-0.315
b:so now	1.24	-0.0446
b:so relieved	0.00464	0.484
b:so the	0.49	-0.0153
b:so this	-0.151	-0.00753
b:so we	-0.0028	-0.522
b:social media	0.332	-0.0824
b:sofia was	-0.0406	0.543
b:solid and	0.017	0.0571
b:solution was	-0.184	0.427
b:solved it	-0.0807	0.756
b:some confusion	0.102	0.244
b:some peace	0.0364	0.236
b:some questions	-0.444	-0.585
b:some rough	-0.00499	0.0299
b:some ~7	-0.0537	0.505
b:someone else's	0.448	-0.134
b:someone finally	0.187	-0.168
b:someone on	-0.143	-0.0814
b:someone senior	0.59	0.295
b:something from	0.448	-0.134
b:something new	0.0509	-0.00281
b:something they	0.0822	-0.00371
b:soon to	-0.588	-0.515
b:sorted in	-0.0513	0.234
b:sorted it	-0.0142	0.192
b:sorting this	0.00263	0.517
b:special kudos	-0.126	0.429
b:special word	-0.136	0.315
b:speed ended	0.223	-0.179
b:speed up	-0.137	0.165
b:spent restarting	0.34	0.06
b:spent the	0.0822	-0.00371
b:spent two	-0.265	0.266
b:spike in	-0.23	0.313
b:spike was	-0.384	-0.195
b:spikes never	0.357	0.0843
b:sponsor has	0.638	0.276
b:spotting the	-0.00128	0.303
b:sprint and	-0.417	-0.452
b:sso through	-0.575	-0.518
b:stable platform	-0.291	0.293
b:stable service	0.104	0.232
b:stable since	-0.00592	0.0498
b:stable we've	-0.00499	0.0299
b:staff are	0.626	0.0357
b:staff quit	-0.0297	0.258
b:staff this	-0.0718	0.515
b:staffing is	0.328	-0.0563
b:stage whether	-0.59	-0.321
b:staging first	-0.521	-0.553
b:star on	0.058	0.662
b:staring at	0.178	-0.125
b:start to	0.0672	0.351
b:start ~3	0.185	-0.152
b:started a	0.587	0.129
b:started an	0.0774	0.000773
b:started ~31	0.931	-0.0489
b:starts on	-0.257	-0.216
b:status of	-0.969	-0.583
b:status page	0.322	-0.339
b:status report	0.163	-0.152
b:status update	0.588	0.294
b:status updates	0.408	0.052
b:stay focused	-0.188	-0.282
b:stayed gone	-0.23	0.313
b:stayed late	0.159	0.12
b:stayed until	0.123	0.529
b:staying late	-0.139	0.297
b:staying on	0.069	0.345
b:stays down	0.454	-0.071
b:stays the	-0.527	-0.264
b:steadily since	0.524	-0.0292
b:steady stream	0.438	-0.155
b:steering committee	0.445	-0.0332
b:step up	-0.00928	0.178
b:steps after	-0.269	-0.209
b:sticking with	0.0138	0.462
b:still alive	0.281	0.1
b:still blank	0.453	-0.0763
b:still can	0.118	-0.0269
b:still checking	-0.468	-0.359
b:still collecting	-0.153	-0.22
b:still corrupting	0.238	-0.0211
b:still do	0.253	-0.053
b:still drops	0.524	-0.0309
b:still evaluating	-0.592	-0.511
b:still gathering	-0.377	-0.454
b:still get	0.412	0.027
b:still have	0.219	-0.0706
b:still investigating	-0.304	-0.323
b:still left	0.413	-0.00319
b:still out	-0.413	-0.594
b:still reviewing	-0.593	-0.558
b:still s	0.934	0.0202
b:still timing	0.714	0.144
b:still validating	-0.483	-0.346
b:still ~20	0.585	-0.0234
b:stipulated in	0.586	0.0131
b:stock counts	0.205	-0.144
b:stop them	0.102	0.00624
b:stop this	0.0895	-0.0629
b:stopped after	-0.232	0.464
b:stopped appearing	-0.0124	0.58
b:stopped arriving	0.462	-0.122
b:stopped complaining	-0.0659	0.294
b:stopped completing	0.69	0.074
b:stopped escalating	-0.162	0.348
b:stopped failing	0.048	0.41
b:stopped getting	0.0251	0.167
b:stopped losing	0.0347	0.313
b:stopped paging	-0.0494	0.331
b:stopped reporting	-0.00208	0.387
b:stopped since	-0.0222	0.676
b:stopped trusting	0.308	-0.00941
b:storage team	0.084	0.276
b:store managers	0.0898	-0.00172
b:store staff	-0.0297	0.258
b:store teams	0.0155	0.567
b:stores reported	-0.204	0.431
b:stores this	0.0592	0.689
b:storm has	-0.192	0.39
b:stream of	0.438	-0.155
b:stressed now	-0.0393	0.439
b:stressful situation	-0.124	0.469
b:strong view	-0.536	-0.464
b:stuck orders	-0.0494	0.331
b:students were	0.0117	-0.00391
b:subject line	-0.444	-0.309
b:subject to	0.473	-0.115
b:subscription for	-0.52	-0.298
b:such a	-0.103	0.395
b:such poor	0.353	-0.102
b:summarise the	0.177	0.0454
b:summary to	-0.267	-0.21
b:sunday call	-0.0201	0.692
b:sunday planned	-0.518	-0.439
b:sundays from	-0.557	-0.6
b:super helpful	0.493	-0.0579
b:superb service	-0.00109	0.582
b:superb timing	0.342	-0.155
b:superbly and	-0.185	0.352
b:superficial and	0.596	-0.044
b:support as	0.288	0.44
b:support desk	-0.277	0.557
b:support engineer	0.156	-0.135
b:support experience	0.557	-0.346
b:support floor	-0.0484	0.362
b:support has	0.581	-0.226
b:support portal	0.542	0.0892
b:support queue	0.194	0.689
b:support rep	0.103	-0.101
b:support so	0.32	-0.27
b:support team	0.00544	0.252
b:support this	-0.186	0.528
b:support we	-0.134	0.436
b:sure anyone	0.3	0.0868
b:sure his	0.03	0.3
b:sure yet	-0.41	-0.316
b:surprise outage	0.413	-0.0755
b:suspend payment	0.102	0.0345
b:suspended pending	0.411	-0.0639
b:sustained improvement	0.537	-0.0558
b:sync died	0.476	-0.06
b:sync errors	-0.0347	0.578
b:sync failure	-0.603	-0.372
b:sync is	-0.295	0.295
b:sync job	0.287	-0.0958
b:sync problem	-0.113	0.345
b:sync still	0.524	-0.0309
b:sync ~53	0.205	-0.144
b:synced overnight	-0.183	0.422
b:system more	0.393	-0.169
b:take another	0.255	0.0726
b:take forever	-0.146	0.394
b:take four	0.397	-0.188
b:take into	-0.0537	0.505
b:take it	0.166	-0.0542
b:take ownership	0.378	-0.206
b:take the	0.251	-0.0092
b:taken a	-0.268	0.269
b:taken ownership	0.143	-0.0103
b:takes a	0.0509	-0.00281
b:takes real	0.298	-0.0557
b:taking it	0.166	-0.0542
b:target in	-0.593	-0.444
b:teachers have	0.0524	0.291
b:team and	0.262	0.0206
b:team believes	0.529	0.0414
b:team can	0.236	0.833
b:team ceased	-0.0588	0.254
b:team did	-0.077	0.382
b:team does	0.205	0.0219
b:team during	-0.457	-0.316
b:team for	0.397	0.362
b:team got	-0.226	0.345
b:team had	-0.133	0.411
b:team handled	0.165	0.0216
b:team has	-0.277	0.425
b:team have	-0.191	0.401
b:team ignored	0.418	0.0482
b:team is	-0.44	-0.27
b:team learned	0.448	-0.134
b:team loves	-0.0025	0.125
b:team made	0.0472	0.148
b:team marked	0.58	0.125
b:team needed	0.315	-0.176
b:team next	-0.44	-0.314
b:team noticed	-0.0406	0.543
b:team of	0.282	0.0183
b:team on	-0.691	-0.621
b:team seems	0.77	0.0869
b:team suggested	0.524	-0.0309
b:team wants	0.279	-0.045
b:team was	-0.273	0.36
b:team will	-0.275	-0.287
b:team worked	0.0139	0.0742
b:team ~26	0.327	1.32
b:team ~64	0.017	0.0571
b:team ~9	0.0274	0.137
b:team's preparation	-0.0623	0.0866
b:teams are	0.0155	0.567
b:teams missed	0.0107	0.326
b:teams on	-0.126	0.335
b:tell her	-0.0406	0.543
b:tell his	0.155	0.45
b:tell if	-0.389	-0.423
b:tell me	0.122	-0.0725
b:tell my	-0.23	0.361
b:tell our	-0.173	0.328
b:tell us	0.425	-0.0848
b:tell whether	-0.147	-0.205
b:tell yet	-0.295	-0.286
b:template is	-0.795	-0.561
b:template you	-0.196	-0.183
b:tenant will	-0.155	-0.0993
b:tender process	0.587	0.129
b:tense start	-0.0989	0.259
b:test environment	-0.57	-0.563
b:test for	-0.143	-0.0814
b:test it	-1.25	-0.981
b:test the	-0.554	-0.583
b:test tmrw	-0.781	-0.751
b:testing before	-0.19	-0.268
b:testing is	-0.437	-0.302
b:tests afterwards	-0.186	-0.117
b:th and	-0.549	-0.513
b:th at	-0.603	-0.529
b:th will	0.584	0.0362
b:than any	0.0147	0.0328
b:than it	0.315	-0.275
b:than planned	-0.286	0.304
b:than reopening	-0.553	-0.414
b:than we	0.017	0.0571
b:than what	0.0312	0.294
b:thank irina	0.175	0.51
b:thank jorge	-0.185	0.379
b:thank you	-0.184	0.469
b:thankfully the	0.137	0.624
b:thanks all	-0.103	1.07
b:thanks for	0.33	0.0941
b:thanks jonas	-0.206	0.382
b:thanks so	0.469	-0.035
b:that affects	-0.155	-0.0993
b:that arrived	0.177	0.0454
b:that breaks	0.0509	-0.00281
b:that dashboard	0.167	-0.0079
b:that decision	0.386	-0.183
b:that deletes	0.586	0.00117
b:that does	0.169	-0.102
b:that down	-0.189	0.398
b:that explanation	-0.206	0.382
b:that invoices	-0.0195	0.306
b:that is	0.106	-0.0972
b:that keeps	-0.0373	0.103
b:that logged	0.404	-0.00423
b:that meant	-0.0958	0.136
b:that nightly	-0.23	0.313
b:that nobody	0.389	-0.0776
b:that nothing	0.185	-0.141
b:that one	-0.187	0.4
b:that our	0.298	-0.147
b:that payroll	0.00674	0.291
b:that plan	0.284	-0.00441
b:that ran	0.328	0.102
b:that someone	0.187	-0.168
b:that sorted	-0.0142	0.192
b:that takes	0.298	-0.0557
b:that the	0.0764	0.176
b:that three	0.0107	0.326
b:that unblocked	-0.178	0.413
b:that was	0.38	-0.0358
b:that we	0.107	-0.0244
b:that you	0.506	-0.0703
b:that you're	0.0968	-0.0195
b:that ~32	-0.174	0.252
b:that's a	-0.109	0.809
b:that's embarrassing	0.295	-0.294
b:that's it	-0.126	1.3
b:that's just	0.353	-0.0167
b:that's the	-0.0373	0.103
b:that's ~8	-0.149	1.08
b:the account	-0.324	-0.196
b:the action	0.294	-0.0167
b:the actions	0.233	-0.0101
b:the additional	0.295	0.0804
b:the advice	0.521	-0.0853
b:the affected	-0.0019	-0.0821
b:the afternoon	0.306	0.105
b:the agenda	-0.498	-0.483
b:the agent	-0.787	-0.764
b:the agents	-0.375	-0.188
b:the agreement	0.573	0.233
b:the alerts	0.357	0.0947
b:the analysis	0.375	0.0555
b:the angry	-0.191	0.401
b:the answer	0.203	-0.1
b:the apac	-0.52	-0.298
b:the api	0.0622	-0.49
b:the apology	0.561	0.242
b:the app	0.347	-0.0382
b:the approach	-0.444	-0.585
b:the assigned	-0.346	-0.243
b:the attached	-0.278	-0.22
b:the audit	-0.373	-0.133
b:the availability	0.38	-0.00147
b:the backlog	-0.498	0.501
b:the backup	-0.106	-0.155
b:the backups	0.278	0.179
b:the bad	0.55	-0.0379
b:the basket	0.388	-0.0406
b:the batch	-0.0733	0.422
b:the best	-0.43	0.579
b:the billing	-0.0866	-0.243
b:the board	0.211	0.435
b:the booking	-0.211	0.346
b:the breaches	0.421	0.0993
b:the breaking	0.401	-0.221
b:the bridge	-0.447	-0.0858
b:the broken	0.319	-0.0331
b:the bug	-0.812	-0.653
b:the build	-0.316	-0.388
b:the call	0.0335	-0.103
b:the case	0.58	0.125
b:the cause	0.291	-0.286
b:the cdn	-0.3	-0.155
b:the change	-0.043	-0.0515
b:the classic	0.574	-0.133
b:the cleanest	-0.016	0.201
b:the clear	0.043	0.455
b:the clearest	0.277	0.585
b:the cluster	-0.0829	0.31
b:the communication	0.539	-0.0528
b:the complaints	0.585	-0.0849
b:the config	0.0352	0.509
b:the connector	0.524	-0.0309
b:the constant	0.883	0.114
b:the contract	0.649	-0.325
b:the crash	-0.591	-0.347
b:the crashes	-0.141	0.415
b:the credit	0.265	-0.258
b:the credits	0.347	-0.215
b:the current	0.415	0.126
b:the customer	-0.118	-0.0696
b:the cutover	-0.384	0.514
b:the daily	0.0191	0.609
b:the danger	0.029	0.587
b:the dashboard	0.441	0.0818
b:the dashboards	0.0494	0.406
b:the data	0.286	0.0892
b:the database	-0.116	-0.204
b:the dba	0.0401	0.245
b:the deadline	0.128	-0.0686
b:the dean	0.0117	-0.00391
b:the default	-0.543	-0.551
b:the defects	0.404	0.0555
b:the delay	-0.184	0.427
b:the delivery	0.262	-0.0753
b:the detailed	0.535	-0.00384
b:the disk	-0.0252	0.309
b:the disputed	0.102	0.0345
b:the dns	-0.252	-0.325
b:the documentation	0.464	-0.0742
b:the door	0.0688	-0.00894
b:the downtime	-0.49	-0.394
b:the driver	-0.141	0.415
b:the drivers	-0.00607	0.401
b:the due	0.588	0.239
b:the duplicate	-0.498	0.0272
b:the duty	-0.388	-0.396
b:the effort	0.361	-0.111
b:the email	0.205	0.0219
b:the emergency	-0.0958	0.136
b:the end	-0.249	0.483
b:the engagement	-0.0989	0.259
b:the engineer	0.0787	0.29
b:the engineers	0.0832	-0.0378
b:the enterprise	-0.662	-0.679
b:the entire	0.455	-0.142
b:the environment	0.295	0.0238
b:the error	-1.07	-0.535
b:the errors	0.412	0.027
b:the escalation	-0.512	-0.482
b:the eta	-0.584	-0.54
b:the eu	0.312	-0.256
b:the exam	-0.0234	0.2
b:the examples	0.464	-0.0742
b:the executive	0.638	0.276
b:the existing	-0.529	-0.485
b:the exit	0.584	0.0362
b:the explanation	0.577	-2.72e-15
b:the export	0.204	-0.0513
b:the exports	0.832	-0.302
b:the fact	0.169	-0.102
b:the failover	0.368	0.0223
b:the fault	0.0116	0.0258
b:the files	-0.0655	0.6
b:the final	-0.493	0.635
b:the finance	-0.0588	0.254
b:the findings	-0.44	-0.314
b:the first	-0.317	0.674
b:the fix	-0.246	-0.101
b:the fixes	-0.171	0.173
b:the flood	0.0367	0.464
b:the four	0.189	-0.112
b:the freezing	0.499	0.0655
b:the full	0.061	-0.0814
b:the gap	0.584	0.0318
b:the grade	0.0524	0.291
b:the handling	0.804	-0.111
b:the handover	-0.00115	0.383
b:the har	-0.431	-0.424
b:the heads	0.441	-0.156
b:the help	0.0043	0.285
b:the helpdesk	0.0139	0.0742
b:the holiday	-0.208	0.396
b:the holidays	-0.00499	0.0299
b:the honest	-0.0766	0.523
b:the hotfix	0.0605	0.282
b:the hours	0.204	0.0623
b:the import	0.228	0.0473
b:the improvement	-0.52	-0.329
b:the incident	-0.433	-0.333
b:the index	0.0744	0.333
b:the information	-0.187	-0.124
b:the infrastructure	0.0856	0.416
b:the instability	0.284	-0.00441
b:the integration	0.15	0.172
b:the investigation	-0.431	-0.424
b:the invite	-0.359	-0.353
b:the invoices	0.349	0.0252
b:the is	0.411	-0.0639
b:the issue	-0.235	-0.711
b:the lack	0.403	-0.0213
b:the lag	0.357	0.0843
b:the last	0.136	0.0941
b:the late	-0.204	0.364
b:the latency	0.108	0.274
b:the latest	0.57	0.0224
b:the level	0.575	-0.158
b:the licence	0.466	-0.0383
b:the list	-0.202	-0.135
b:the load	-0.493	-0.579
b:the lock	-0.0283	0.284
b:the login	0.562	0.0312
b:the logs	-0.644	-0.441
b:the loop	-0.0258	0.274
b:the lost	0.558	-0.00929
b:the maintenance	-0.308	0.466
b:the manual	-0.126	0.444
b:the map	-0.146	0.394
b:the march	0.545	0.196
b:the master	0.0936	-0.0308
b:the matter	0.359	0.00598
b:the meeting	-0.557	-0.279
b:the memory	0.0995	0.596
b:the metrics	-0.547	-0.469
b:the middle	0.546	0.0115
b:the migration	-0.0748	0.315
b:the misconfiguration	-0.265	0.266
b:the mistake	0.215	0.00444
b:the mobile	0.424	-0.0914
b:the monitoring	-0.0201	0.661
b:the month	0.143	0.0918
b:the morning	0.0134	0.0581
b:the most	0.196	0.0613
b:the nd	-0.484	-0.47
b:the network	0.0954	0.275
b:the networking	-0.189	0.398
b:the new	-0.329	0.253
b:the next	-0.252	-0.616
b:the night	0.0681	0.404
b:the nightly	0.0249	0.269
b:the numbers	0.249	0.252
b:the old	-0.198	-0.201
b:the on	-0.2	-0.148
b:the onboarding	-0.148	0.35
b:the one	0.093	-0.103
b:the only	0.0895	-0.0629
b:the ops	0.0848	0.308
b:the orders	-0.239	0.581
b:the original	-0.533	-0.546
b:the other	0.283	-0.282
b:the outage	0.287	-0.434
b:the outcome	0.023	-0.00406
b:the overnight	0.0135	0.224
b:the owed	0.594	0.28
b:the p1	-0.327	-0.347
b:the p2	-0.586	-0.627
b:the pager	0.0364	0.236
b:the partnership	0.0779	0.0183
b:the patch	0.36	0.327
b:the patient	0.0342	0.401
b:the payment	-0.0858	0.167
b:the payroll	-0.0322	0.431
b:the peak	-0.332	-0.246
b:the people	0.182	-0.0407
b:the performance	-0.151	0.868
b:the permanent	0.428	0.0364
b:the phone	0.0883	0.154
b:the pilot	-0.536	-0.464
b:the plan	-0.277	0.303
b:the planned	-0.201	-0.307
b:the platform	0.148	0.175
b:the portal	0.381	-0.121
b:the postmortem	-0.793	-0.634
b:the price	-0.567	0.586
b:the proactive	0.0801	0.51
b:the problem	-0.467	0.599
b:the problems	-0.268	0.269
b:the product	0.534	-0.466
b:the promised	0.161	0.00978
b:the proposed	-0.592	-0.511
b:the purchase	0.295	0.0804
b:the quality	-0.0925	0.347
b:the quarter	0.463	-0.152
b:the question	0.435	-0.173
b:the questionnaire	-1.01	-0.833
b:the questions	0.774	0.0372
b:the queue	-0.0201	0.417
b:the quick	0.106	0.0967
b:the rapid	-0.0682	0.317
b:the rca	-0.41	-0.297
b:the rd	-0.412	-0.383
b:the real	0.233	-0.0314
b:the rebuild	0.048	0.41
b:the reconciled	-0.483	-0.346
b:the reconciliation	0.123	-0.475
b:the recovery	-0.201	0.309
b:the regional	-0.764	-0.556
b:the regular	0.163	-0.152
b:the relationship	0.287	-0.287
b:the release	0.326	0.339
b:the reliability	0.583	0.143
b:the relief	-0.0484	0.362
b:the remaining	-0.475	-0.354
b:the remedy	0.385	0.115
b:the renewal	0.587	-0.343
b:the repeated	0.36	-0.0694
b:the replica	-0.55	-0.297
b:the report	0.281	0.0597
b:the reporting	-0.597	-0.007
b:the reports	-0.213	0.376
b:the resolution	-0.498	1.05
b:the response	0.686	-0.102
b:the restore	0.231	0.36
b:the result	-0.286	0.304
b:the results	-0.143	-0.0814
b:the review	-0.507	-0.409
b:the revised	-0.278	-0.207
b:the roadmap	-0.669	-0.601
b:the rollback	0.661	-0.136
b:the rollout	-0.237	-0.0898
b:the root	0.451	-0.14
b:the same	0.473	-0.458
b:the scanners	-0.0143	0.103
b:the search	-0.0434	0.227
b:the second	-0.561	-0.329
b:the servers	-0.0962	0.546
b:the service	-0.0604	0.376
b:the severity	-0.065	-0.0976
b:the shared	-0.859	-0.526
b:the signed	-0.53	-0.418
b:the silence	0.194	-0.147
b:the site	0.253	-0.053
b:the sla	0.0933	-0.148
b:the slightly	0.0569	0.0579
b:the slow	0.0858	0.248
b:the smoke	-0.186	-0.117
b:the smoothest	-0.285	0.543
b:the speed	0.00833	0.0349
b:the spike	-0.384	-0.195
b:the spot	-0.169	0.422
b:the spring	-0.268	0.269
b:the status	0.296	-0.382
b:the steering	0.445	-0.0332
b:the storage	0.084	0.276
b:the stores	0.0592	0.689
b:the storm	-0.192	0.39
b:the subject	-0.444	-0.309
b:the summary	0.189	-0.112
b:the support	0.036	0.143
b:the surprise	0.413	-0.0755
b:the switch	0.0762	0.655
b:the sync	-0.36	0.155
b:the system	0.0948	-0.0858
b:the team	0.144	-0.0487
b:the test	-0.57	-0.563
b:the th	-0.746	-0.721
b:the that	0.0107	0.326
b:the thing	0.38	-0.0358
b:the thorough	-0.0631	0.559
b:the ticket	-0.031	-0.427
b:the time	-0.802	-0.803
b:the timeline	0.101	-0.0143
b:the timeouts	0.439	-0.146
b:the timestamps	-0.282	-0.206
b:the timings	-0.113	-0.139
b:the traffic	-0.464	-0.588
b:the training	-0.646	-0.138
b:the transparency	0.449	-0.133
b:the ui	0.483	0.181
b:the update	0.568	-0.418
b:the updated	-0.856	-0.703
b:the updates	0.163	-0.152
b:the upgrade	0.179	0.898
b:the uptime	0.294	0.209
b:the users	0.00919	0.0193
b:the usual	-0.169	-0.217
b:the version	0.276	-0.0306
b:the very	0.126	0.474
b:the wait	-0.184	0.427
b:the warehouse	-0.371	0.666
b:the way	0.0751	0.196
b:the we	0.7	0.0991
b:the week	0.264	-0.0467
b:the weekend	-0.00106	0.012
b:the weekly	0.0891	0.0872
b:the whole	0.0317	0.621
b:the window	0.444	0.139
b:the workaround	0.378	-0.157
b:the worst	0.486	0.00419
b:the wrong	0.518	0.0932
b:the year	-0.0311	0.451
b:the you	0.691	0.123
b:the ~15	0.0453	0.393
b:the ~2	0.589	-0.0107
b:the ~27	0.305	0.15
b:the ~30	0.215	0.00444
b:the ~32	-0.0705	0.184
b:the ~45	0.41	-0.00757
b:the ~54	0.417	-0.108
b:the ~62	-0.212	0.438
b:the ~8	0.14	0.941
b:their parcels	-0.0891	0.336
b:their rows	0.27	-0.0585
b:them asked	0.265	-0.031
b:them hourly	0.412	0.027
b:them with	-0.113	-0.139
b:then the	0.723	-0.055
b:then your	-0.25	0.342
b:there a	-0.494	-0.298
b:there has	-0.031	0.527
b:there is	0.576	-0.00602
b:there was	0.102	0.244
b:there were	0.279	0.193
b:there's nothing	-0.162	0.575
b:there's ~28	0.625	-0.0148
b:these failures	0.0343	0.00748
b:these incidents	0.344	-0.246
b:these repeated	0.283	-0.00796
b:these timeouts	0.472	0.102
b:they care	0.0425	-0.0376
b:they caught	-0.282	0.308
b:they could	0.0822	-0.00371
b:they describe	-0.529	-0.4
b:they do	0.341	-0.244
b:they found	0.0116	0.0258
b:they had	0.448	-0.134
b:they have	0.205	-0.144
b:they help	-0.191	0.365
b:they moved	0.671	0.194
b:they promised	-0.295	0.295
b:they turned	-0.294	0.296
b:they were	0.0103	0.0041
b:thing our	0.0895	-0.0629
b:thing that	0.38	-0.0358
b:things are	-0.198	0.385
b:things interesting	0.518	0.125
b:think we	0.0614	0.018
b:thinking about	0.0542	0.592
b:thinks the	0.364	-0.236
b:third file	0.238	-0.0211
b:third password	0.584	0.117
b:third save	0.391	-0.204
b:this a	0.201	-0.0819
b:this about	-0.287	0.29
b:this account	-0.377	0.124
b:this around	-0.0303	0.213
b:this as	-0.327	-0.338
b:this by	0.584	0.0362
b:this case	0.314	-0.0696
b:this closed	0.357	0.0947
b:this correspondence	0.43	-0.3
b:this error	0.625	-0.0148
b:this escalation	-0.681	-0.564
b:this experience	0.36	-0.172
b:this fixed	0.235	-0.215
b:this from	0.0895	-0.0629
b:this has	0.518	-0.24
b:this in	-0.224	0.348
b:this incident	0.74	-0.477
b:this is	0.595	-0.0273
b:this level	0.422	0.072
b:this matter	0.526	-0.0442
b:this message	0.0793	-0.0243
b:this migration	-0.286	0.286
b:this month	0.372	-0.131
b:this morning	0.16	-0.206
b:this one	-0.463	0.726
b:this out	0.00263	0.517
b:this outage	0.438	-0.1
b:this platform	0.613	-0.0287
b:this problem	0.592	-0.0322
b:this process	0.378	-0.206
b:this quarter	0.769	0.329
b:this quarter's	0.339	0.013
b:this release	-0.0642	0.366
b:this resolves	-0.363	-0.206
b:this response	0.409	-0.0669
b:this review	0.295	0.0804
b:this smooth	-0.106	0.466
b:this solved	-0.0807	0.756
b:this stage	-0.59	-0.321
b:this stays	0.454	-0.071
b:this thread	-0.312	-0.478
b:this thursday	-0.375	-0.188
b:this ticket	-0.439	-0.35
b:this time	-0.0623	0.0866
b:this today	0.59	0.295
b:this version	0.503	-0.0221
b:this was	0.0888	0.152
b:this week	0.55	0.697
b:this will	0.299	-0.0258
b:this year	0.174	0.0385
b:this ~20	0.194	-0.147
b:this ~39	0.584	0.117
b:thorough and	-0.0631	0.559
b:thorough or	0.368	0.0447
b:though it	0.407	-0.076
b:though the	-0.184	0.427
b:though they	0.341	-0.244
b:thought i'd	-0.287	0.29
b:thread since	-0.55	-0.297
b:three calls	0.048	-0.00587
b:three days	0.51	0.113
b:three extensions	0.128	-0.0686
b:three more	0.284	-0.00441
b:three releases	0.367	-0.111
b:three teams	0.0107	0.326
b:three times	0.405	0.0277
b:three weeks	0.0711	0.0409
b:thrilled with	0.307	0.678
b:through it	0.498	0.0392
b:through our	-0.575	-0.518
b:through the	-0.211	0.334
b:through without	-0.0162	0.369
b:throughout the	0.0673	0.777
b:thumbsup ~7	-0.0334	1.06
b:thursday at	-0.377	-0.219
b:thursday evening	-0.375	-0.188
b:thursday the	0.129	0.687
b:thx for	-0.0189	0.384
b:thx team	-0.0234	0.469
b:ticket and	-0.533	-0.546
b:ticket as	-0.186	-0.117
b:ticket closed	0.473	0.196
b:ticket closes	0.408	-0.183
b:ticket for	-0.176	-0.297
b:ticket has	0.259	-0.149
b:ticket number	-0.372	-0.332
b:ticket numbers	-0.681	-0.564
b:ticket open	-0.375	-0.188
b:ticket opened	-0.346	-0.243
b:ticket reassigned	-0.494	-0.33
b:ticket reference	-0.444	-0.309
b:ticket sat	-0.179	0.329
b:ticket takes	0.0509	-0.00281
b:ticket to	-0.461	-0.348
b:ticket when	-0.179	-0.151
b:ticket with	-0.568	-0.397
b:tickets after	0.542	0.0892
b:tickets and	-0.529	-0.4
b:tickets every	0.163	0.583
b:tiles take	-0.146	0.394
b:tills once	-0.0297	0.258
b:time acceptable	0.292	0.0101
b:time after	0.69	0.074
b:time in	0.0355	0.605
b:time it	-0.0623	0.0866
b:time low	0.316	-0.272
b:time now	-0.0834	0.425
b:time our	0.0117	-0.00391
b:time this	-0.119	0.446
b:time to	-0.48	-0.499
b:time was	0.3	-0.119
b:time we	0.408	-0.183
b:time with	-0.539	-0.539
b:time zone	-0.802	-0.803
b:timeline for	-0.237	-0.235
b:timeline in	0.624	0.0569
b:timeline is	0.258	-0.0455
b:timeline to	-0.467	-0.389
b:timeline you've	0.371	0.0201
b:timeout since	0.289	0.763
b:timeout tickets	-0.104	0.113
b:timeouts again	0.295	-0.294
b:timeouts every	0.159	-0.0681
b:timeouts on	-0.184	0.341
b:timeouts ~20	0.671	0.194
b:times have	-0.163	0.431
b:times in	0.298	0.029
b:times this	0.287	-0.287
b:times we	0.588	0.294
b:times ~25	0.407	-0.076
b:timestamps are	-0.187	-0.124
b:timestamps of	-0.363	-0.316
b:timing as	0.342	-0.155
b:timing on	0.57	0.00471
b:timing out	0.714	0.144
b:timings from	-0.113	-0.139
b:to a	0.523	-0.0459
b:to accept	0.298	0.029
b:to accounts	-0.527	-0.431
b:to adopt	0.00328	0.594
b:to an	0.473	-0.115
b:to apologise	0.292	0.0959
b:to be	-0.458	0.652
b:to believe	0.205	0.0219
b:to both	-0.559	-0.367
b:to break	0.427	0.0107
b:to business	-0.0617	0.526
b:to cancel	0.295	0.0238
b:to chase	0.0614	0.018
b:to comment	-0.588	-0.409
b:to confirm	-0.157	-0.233
b:to covering	0.341	-0.244
b:to customers	0.0822	-0.00371
b:to defend	0.128	-0.0686
b:to discuss	0.393	-0.175
b:to escalate	0.00689	0.16
b:to expand	0.284	-0.00441
b:to explain	0.577	0.0811
b:to feel	0.471	-0.111
b:to finally	0.79	-0.352
b:to finish	0.0193	0.451
b:to fix	0.378	0.0507
b:to flag	-0.444	-0.585
b:to get	0.054	0.145
b:to have	0.14	0.449
b:to hear	0.313	-0.231
b:to incident	-0.317	-0.221
b:to jo	-0.527	-0.264
b:to judge	-0.539	-0.539
b:to keep	0.518	0.125
b:to know	-0.338	-0.569
b:to last	-0.359	-0.353
b:to load	-0.146	0.394
b:to me	-0.162	0.348
b:to mei	-0.701	-0.603
b:to mention	0.458	-0.128
b:to my	0.267	0.0848
b:to next	0.171	0.0108
b:to not	0.0542	0.592
b:to nothing	0.368	0.0223
b:to our	-0.153	-0.295
b:to own	0.592	-0.0322
b:to pieter	-0.0682	0.317
b:to plan	0.0312	0.294
b:to prepare	0.364	-0.0358
b:to pursue	0.33	0.112
b:to put	-0.0321	0.585
b:to raj	-0.494	-0.33
b:to re	0.587	0.129
b:to recommend	0.416	0.0468
b:to reference	-0.603	-0.372
b:to renew	-0.268	0.269
b:to report	0.0942	0.388
b:to reserve	-0.52	-0.329
b:to resolve	0.584	0.0362
b:to saturdays	-0.312	-0.325
b:to say	-0.873	-0.688
b:to see	0.131	0.34
b:to start	0.185	-0.152
b:to stop	0.102	0.00624
b:to suspend	0.102	0.0345
b:to take	0.343	-0.145
b:to tell	-0.267	-0.318
b:to test	-0.624	-0.587
b:to that	0.287	-0.0958
b:to the	-0.401	-0.603
b:to them	0.357	0.0843
b:to this	-0.458	-0.294
b:to three	0.284	-0.00441
b:to ticket	-0.571	-0.329
b:to track	-0.63	-0.497
b:to under	-0.0804	0.162
b:to us	0.571	-0.256
b:to wait	-0.584	-0.304
b:to walk	0.555	-0.000177
b:to work	-0.00575	0.315
b:to ~42	0.268	0.0219
b:today and	0.128	-0.0686
b:today's date	-0.591	-0.347
b:told our	0.295	-0.294
b:told the	0.606	-0.447
b:tom on	-0.0283	0.284
b:tomorrow and	-0.316	-0.388
b:too early	-0.293	-0.344
b:too soon	-0.588	-0.515
b:took a	-0.291	0.293
b:took longer	-0.269	0.312
b:top marks	0.324	-0.169
b:top notch	-0.473	0.688
b:top request	0.335	-0.0271
b:touch regarding	0.432	0.104
b:touch the	-0.0962	0.546
b:tough week	-0.0106	0.025
b:track both	-0.317	-0.221
b:track the	-0.63	-0.497
b:tracked here	-0.423	-0.29
b:tracker our	-0.585	-0.679
b:tracking is	-0.282	-0.448
b:tracking that	-0.189	0.398
b:trading day	0.205	-0.0242
b:traffic to	-0.571	-0.396
b:traffic was	-0.414	-0.579
b:training session	-0.646	-0.138
b:transactions are	0.234	-0.0195
b:transfers and	0.127	-0.0563
b:transitioning away	0.364	-0.0358
b:translated into	0.494	-0.0516
b:treat this	0.245	-0.0335
b:tried everything	0.524	-0.0309
b:trigger the	0.584	0.0362
b:trouble with	-0.016	0.201
b:trust the	0.371	0.0201
b:trusting the	0.308	-0.00941
b:trusts the	0.199	-0.00431
b:trustworthy again	-0.23	0.361
b:tuesday was	-0.0373	0.103
b:tuesday's call	-0.498	-0.483
b:tuesday's release	-0.107	0.237
b:turnaround on	-0.2	0.772
b:turned out	-0.294	0.296
b:turning around	0.0358	0.475
b:turning this	-0.0303	0.213
b:turns out	-0.282	0.308
b:twenty minutes	-0.0513	0.234
b:twice as	0.124	-0.002
b:twice in	0.298	-0.0557
b:twice more	0.239	-0.139
b:twice this	0.499	0.0655
b:two batches	-0.568	-0.456
b:two days	-0.166	0.24
b:two hours	0.274	-0.0646
b:two incidents	0.668	0.0583
b:two months	0.367	-0.138
b:two new	-0.531	-0.525
b:two of	-0.496	-0.404
b:two outages	0.177	0.0454
b:two real	-0.282	0.308
b:two until	0.404	0.0555
b:two weeks	0.283	0.55
b:ty thumbsup	-0.0102	0.355
b:ui is	0.124	-0.002
b:ui refresh	0.483	0.181
b:unavailability recorded	0.204	0.0623
b:unblocked the	-0.178	0.413
b:unclear to	-0.122	-0.0849
b:under black	-0.226	-0.23
b:under month	-0.147	-0.205
b:under one	-0.0804	0.162
b:under schedule	0.36	0.0414
b:under section	0.18	0.0299
b:under the	0.496	0.134
b:under today's	-0.591	-0.347
b:understand is	0.55	-0.0379
b:understand staffing	0.328	-0.0563
b:understand that	0.233	-0.0101
b:understands how	0.3	0.0868
b:unforeseen load'	0.354	0.0518
b:unfortunately friendly	0.258	-0.127
b:unfortunately it	0.265	0.0173
b:unfortunately lovely	0.07	-0.00158
b:unfortunately that	0.223	-0.179
b:unfortunately the	0.255	-0.0818
b:unfounded and	-0.294	0.296
b:unhappy with	0.439	-0.112
b:unreliable all	0.664	-0.373
b:until further	0.828	0.299
b:until it	0.0488	0.366
b:until our	-0.52	-0.329
b:until reliability	0.708	0.135
b:until the	-0.394	-0.49
b:until then	-0.557	-0.279
b:until thursday	-0.589	-0.535
b:until we	-0.129	-0.559
b:until we've	-0.412	-0.379
b:unusable for	0.156	-0.135
b:unusually light	-0.579	-0.37
b:up about	0.441	-0.156
b:up all	0.315	-0.176
b:up and	0.0801	0.274
b:up before	-0.0373	0.103
b:up completely	-0.191	0.401
b:up for	0.317	-0.219
b:up on	-0.255	-0.201
b:up to	0.287	-0.0958
b:up was	0.277	0.585
b:up with	0.163	0.583
b:update broke	0.57	0.0224
b:update during	0.263	-0.0797
b:update from	-0.00585	0.0558
b:update landed	-0.0297	0.258
b:update on	0.588	0.294
b:update our	-0.604	-0.56
b:update says	0.579	0.289
b:update that	0.404	-0.00423
b:update the	-0.379	-0.386
b:update you	-0.491	-0.312
b:updated architecture	-0.541	-0.591
b:updated invoice	-0.484	-0.423
b:updates all	0.163	-0.152
b:updates during	0.0563	0.198
b:updates every	0.109	0.596
b:updates to	-0.527	-0.264
b:updates were	0.408	0.052
b:upgrade for	-0.186	-0.117
b:upgrade had	-0.0759	0.156
b:upgrade it's	0.0185	0.111
b:upgrade the	-0.375	-0.188
b:upgrade went	0.00207	0.758
b:uploaded to	-0.591	-0.347
b:ups around	-0.322	-0.297
b:uptime since	0.0856	0.416
b:urgent emails	0.693	-0.0133
b:us a	-0.317	-0.274
b:us about	0.243	0.201
b:us and	0.0139	0.0742
b:us back	-0.0373	0.103
b:us down	0.0958	-0.0165
b:us during	0.072	-0.049
b:us eleven	0.407	-0.076
b:us expected	0.0147	0.0328
b:us find	0.539	-0.136
b:us four	0.287	-0.287
b:us how	0.101	-0.0707
b:us in	-0.0446	0.473
b:us know	-0.428	-0.387
b:us look	0.228	-0.0443
b:us now	-0.0344	0.237
b:us on	0.0948	-0.0858
b:us plan	0.0801	0.51
b:us posted	-0.0165	0.314
b:us through	0.412	0.181
b:us throughout	-0.257	0.257
b:us to	-0.164	0.302
b:us until	-0.589	-0.535
b:us validate	-0.521	-0.553
b:us weekly	-0.295	0.295
b:us whether	-0.122	-0.0849
b:us why	0.524	-0.0309
b:us with	-0.0373	0.103
b:use and	-0.257	0.257
b:use for	-0.196	-0.183
b:use sso	-0.575	-0.518
b:use the	-0.861	-0.898
b:used it	-0.536	-0.464
b:used to	0.395	-0.183
b:useless and	0.464	-0.0742
b:user noticed	-0.00512	0.38
b:users are	0.39	-0.118
b:users did	0.00919	0.0193
b:users have	-0.184	0.434
b:users in	-0.568	-0.456
b:users love	-0.0331	1.08
b:users noticed	-0.137	0.165
b:users on	0.584	-0.00149
b:usual conference	-0.298	-0.454
b:usual number	-0.169	-0.217
b:utc for	-0.664	-0.391
b:utc work	-0.346	-0.591
b:vague and	0.294	-0.0167
b:validate in	-0.521	-0.553
b:validating the	-0.483	-0.346
b:valuable for	-0.042	0.529
b:value a	0.393	-0.169
b:value the	0.266	-0.0693
b:vendor experience	0.486	0.00419
b:vendor performance	0.4	-0.043
b:vendor relationship	0.376	0.0766
b:verdict until	-0.437	-0.374
b:verdict yet	-0.153	-0.22
b:version in	0.137	0.0356
b:version of	-0.559	-0.305
b:version on	-0.698	-0.818
b:version so	-0.368	-0.32
b:version to	-0.466	-0.483
b:version we	0.276	-0.0306
b:very clear	0.126	0.474
b:very clearly	0.3	-0.287
b:very disappointed	0.691	-0.0522
b:very happy	-0.437	0.921
b:very impressed	-0.0793	0.648
b:very pleased	0.0856	0.416
b:very poor	0.571	-0.234
b:very professional	-0.124	0.469
b:very reassuring	0.574	-0.133
b:very reliable	-0.472	0.616
b:very satisfied	-0.148	0.63
b:very unhappy	0.575	-0.158
b:view until	-0.306	-0.267
b:view yet	-0.536	-0.464
b:vpn endpoint	-0.316	-0.505
b:wait another	0.353	0.134
b:wait for	-0.563	-0.325
b:wait in	0.32	-0.27
b:wait on	0.187	-0.168
b:waiting on	-0.19	-0.268
b:waiting to	-0.226	-0.23
b:waking up	0.287	-0.0958
b:walk after	0.0565	-0.0121
b:walk us	0.577	-2.72e-15
b:walking us	-0.184	0.376
b:want to	0.0948	-0.0858
b:wanted to	-0.445	0.467
b:wants a	0.576	0.287
b:wants at	0.279	-0.045
b:warehouse is	-0.00961	0.0904
b:warehouse queue	-0.0362	0.294
b:warehouse staff	-0.0718	0.515
b:warehouse team	-0.162	0.348
b:warned us	0.389	-0.0776
b:warnings disappeared	0.0461	0.602
b:was a	-0.313	0.523
b:was actually	0.577	-2.72e-15
b:was affected	0.00344	0.333
b:was announced	0.461	0.00959
b:was bad	0.175	-0.0237
b:was boring	-0.287	0.29
b:was brilliant	-0.19	0.595
b:was calm	0.239	-0.139
b:was candid	0.364	-0.236
b:was clear	0.109	0.594
b:was communicated	0.354	-0.0161
b:was complete	-0.0182	0.13
b:was cordial	0.412	-0.0172
b:was delivered	0.0671	0.653
b:was dreading	-0.286	0.286
b:was excellent	-0.167	0.252
b:was exposed	0.459	-0.0884
b:was fantastic	0.0727	0.484
b:was fast	-0.212	0.236
b:was faultless	-0.0623	0.0866
b:was fine	0.3	-0.119
b:was fixed	0.258	0.0187
b:was friendly	0.127	-0.106
b:was genuinely	0.113	0.315
b:was green	-0.0958	0.136
b:was handled	0.116	0.26
b:was hearing	0.335	-0.0271
b:was helpful	-0.188	0.455
b:was just	-0.343	-0.59
b:was kind	0.198	-0.052
b:was knowledgeable	0.224	0.767
b:was lost	-0.212	0.236
b:was lovely	0.156	-0.135
b:was low	-0.149	-0.115
b:was managed	0.263	-0.135
b:was not	-0.0303	0.194
b:was on	-0.00712	0.0737
b:was one	-0.016	0.201
b:was operational	0.045	-0.0212
b:was over	0.00919	0.0193
b:was painful	-0.0435	0.326
b:was painless	-0.294	0.296
b:was patient	-0.21	0.216
b:was pleasant	0.048	-0.00587
b:was quiet	0.0139	0.0742
b:was ready	0.00689	0.16
b:was really	-0.08	0.41
b:was rebuilt	0.151	0.442
b:was related	-0.384	-0.195
b:was rotated	-0.605	-0.613
b:was rough	0.0185	0.111
b:was said	0.205	0.0219
b:was sceptical	-0.0743	0.14
b:was seamless	-0.00115	0.383
b:was sincere	0.205	-0.0242
b:was skeptical	-0.282	0.308
b:was slow	0.627	-0.108
b:was smooth	-0.0316	0.363
b:was some	0.102	0.244
b:was stressful	0.0147	0.0306
b:was terrible	0.655	-0.173
b:was the	0.124	0.556
b:was thorough	0.368	0.0447
b:was unusually	-0.579	-0.37
b:was up	0.315	-0.176
b:was useful	0.205	0.0219
b:was well	0.589	0.15
b:was working	0.38	-0.0358
b:was worse	0.361	-0.0612
b:was worth	-0.184	0.427
b:was wrong	0.102	-0.00189
b:was ~26	-0.182	0.26
b:wasting hours	0.544	0.0762
b:watching the	-0.491	-0.312
b:way ana	0.00598	0.0329
b:way the	0.461	0.00959
b:way this	0.0636	0.259
b:way until	-0.258	-0.28
b:way you	-0.0106	0.025
b:way your	-0.0744	0.507
b:we agreed	0.233	-0.0101
b:we appreciate	-0.131	0.173
b:we are	0.26	-0.143
b:we asked	0.588	0.294
b:we can	0.0933	0.545
b:we ceased	-0.0451	0.4
b:we close	-0.28	-0.228
b:we confirm	-0.19	-0.268
b:we consider	0.201	-0.0819
b:we contact	-0.518	-0.318
b:we could	0.32	-0.27
b:we decide	-0.322	-0.209
b:we did	0.116	0.35
b:we disagree	0.189	-0.112
b:we do	0.259	0.00169
b:we doubted	-0.282	0.308
b:we expected	-0.016	0.201
b:we feel	0.47	0.0847
b:we finally	0.194	-0.147
b:we form	-0.202	-0.165
b:we found	0.22	-0.0696
b:we gave	0.128	-0.0686
b:we get	0.304	0.061
b:we go	0.408	-0.183
b:we got	0.588	0.294
b:we had	-0.275	-0.0994
b:we have	-0.386	-0.835
b:we heard	0.361	-0.0612
b:we hereby	0.119	0.00426
b:we hoped	0.017	0.0571
b:we install	-0.559	-0.305
b:we it	0.323	0.0395
b:we just	0.473	-0.107
b:we left	0.412	-0.0172
b:we liked	0.354	-0.0173
b:we lost	0.0405	-0.0362
b:we missed	0.169	-0.102
b:we need	-0.18	-0.245
b:we needed	0.3	-0.032
b:we never	-0.106	0.466
b:we noticed	0.238	-0.0211
b:we now	-0.291	0.293
b:we observed	-0.699	-0.473
b:we paid	0.32	-0.27
b:we pay	0.164	0.0324
b:we raised	-0.107	0.428
b:we ran	-0.0392	0.394
b:we really	0.0458	0.16
b:we receive	-0.134	0.436
b:we received	-0.477	-0.4
b:we recognise	0.494	-0.0516
b:we regret	0.613	-0.0287
b:we reported	0.501	0.0815
b:we require	0.586	0.0131
b:we rescheduled	-0.000685	0.0128
b:we restart	-0.941	-0.904
b:we run	-0.702	-0.703
b:we saw	0.577	-2.72e-15
b:we schedule	-0.529	-0.34
b:we see	0.0367	-0.412
b:we should	0.373	0.065
b:we sign	-0.845	-0.439
b:we sit	0.0103	0.0041
b:we started	0.581	0.0702
b:we still	0.265	-0.0128
b:we stopped	0.385	-0.0101
b:we the	0.134	0.0648
b:we use	-0.879	-0.73
b:we value	0.266	-0.0693
b:we wait	0.353	0.134
b:we welcomed	0.335	-0.0271
b:we were	0.427	-0.269
b:we will	-0.254	-0.326
b:we would	1.16	0.481
b:we ~12	0.0115	-0.00758
b:we ~15	-0.0397	1.85
b:we ~19	0.468	0.0107
b:we ~20	0.349	-0.177
b:we ~22	0.0681	-0.0303
b:we ~25	0.453	-0.042
b:we ~26	-0.0962	0.546
b:we ~28	0.401	-0.196
b:we ~30	0.505	0.111
b:we ~31	0.322	0.0543
b:we ~8	-0.00402	0.483
b:we ~9	-0.396	1.21
b:we'd like	-0.0213	-0.304
b:we'll be	-0.268	-0.253
b:we'll circle	-0.278	-0.207
b:we'll circulate	-0.118	-0.0696
b:we'll come	-0.246	-0.176
b:we'll compare	-0.113	-0.139
b:we'll confirm	-0.375	-0.188
b:we'll decide	-0.269	-0.209
b:we'll give	-0.818	-0.75
b:we'll hold	-0.437	-0.374
b:we'll keep	-0.436	-0.578
b:we'll know	-0.584	-0.506
b:we'll monitor	-0.751	-0.73
b:we'll open	-0.186	-0.117
b:we'll report	-0.536	-0.464
b:we'll reserve	-0.306	-0.267
b:we'll review	-0.229	-0.169
b:we'll run	-0.557	-0.432
b:we'll see	-0.322	-0.209
b:we'll send	-0.37	-0.388
b:we'll share	-0.143	-0.0814
b:we'll wait	-0.282	-0.254
b:we're cautiously	-0.226	-0.23
b:we're ceased	-0.0252	0.309
b:we're checking	-0.252	-0.325
b:we're confident	0.282	0.919
b:we're down	0.267	0.0848
b:we're finally	-0.171	0.173
b:we're genuinely	-0.175	0.218
b:we're going	0.185	-0.152
b:we're good	0.132	0.69
b:we're grateful	-0.214	0.291
b:we're happy	-0.0418	0.444
b:we're looking	-0.431	-0.22
b:we're no	0.523	-0.0459
b:we're not	-0.782	-0.275
b:we're out	0.029	0.587
b:we're right	0.581	0.0702
b:we're satisfied	0.354	-0.0161
b:we're seeing	0.295	-0.294
b:we're still	-0.153	-0.22
b:we're thrilled	0.307	0.678
b:we're very	0.0856	0.416
b:we're ~8	0.366	2.09
b:we've assigned	-0.586	-0.627
b:we've been	0.172	0.59
b:we've done	-0.016	0.201
b:we've ever	-0.00499	0.0299
b:we've gone	0.0542	0.592
b:we've had	0.116	0.219
b:we've opened	-0.36	-0.48
b:we've raised	-0.334	-0.279
b:we've received	0.277	0.585
b:we've rerun	-0.258	-0.28
b:we've run	-0.437	-0.374
b:we've scheduled	-0.167	-0.0968
b:we've stopped	0.0347	0.313
b:we've ~26	0.0191	0.609
b:wearing thin	0.233	-0.0101
b:webhook bug	-0.442	-0.516
b:wednesday and	0.259	-0.149
b:wednesday everything	-0.0759	0.156
b:week and	-0.138	-0.399
b:week because	0.589	-0.0183
b:week has	-0.171	0.173
b:week of	0.165	-0.154
b:week to	-0.08	-0.145
b:week was	0.0185	0.111
b:week without	0.16	-0.083
b:week's call	-0.359	-0.353
b:week's data	-0.508	-0.435
b:weekend is	-0.169	-0.217
b:weekend of	-0.186	-0.117
b:weekend once	-0.547	-0.469
b:weekend spent	0.34	0.06
b:weekend support	-0.128	0.533
b:weekend the	0.58	0.125
b:weekend was	0.0147	0.0306
b:weekend work	-0.04	0.482
b:weekends again	0.159	-0.134
b:weekly check	-0.191	0.365
b:weekly report	0.238	-0.0056
b:weekly updates	-0.295	0.295
b:weeks and	-0.0743	0.14
b:weeks away	0.291	-0.286
b:weeks because	0.205	-0.144
b:weeks in	-0.257	0.257
b:weeks late	0.177	0.0454
b:weeks later	0.167	-0.111
b:weeks on	-0.00585	0.0558
b:weeks ~16	0.017	0.0363
b:weigh heavily	0.386	-0.183
b:welcome was	0.335	-0.0271
b:welcomed the	0.335	-0.0271
b:well communicated	0.00328	0.594
b:well organised	-0.0316	0.363
b:well that's	0.353	-0.0167
b:well written	0.589	0.15
b:wen and	0.084	0.276
b:went better	0.0147	0.0328
b:went flawlessly	-0.286	0.286
b:went in	-0.0623	0.184
b:went out	0.116	0.318
b:went perfectly	-0.00331	0.34
b:went smoothly	-0.000685	0.0128
b:went through	-0.0162	0.369
b:went to	0.0312	0.294
b:went up	-0.26	0.27
b:went wrong	0.364	-0.236
b:went ~63	0.0604	0.289
b:were a	-0.0182	0.13
b:were also	0.424	-0.129
b:were dreading	0.00919	0.0193
b:were errors	0.626	-0.0496
b:were frustrated	-0.184	0.427
b:were gracious	0.0116	0.0258
b:were happy	0.315	-0.275
b:were in	0.0103	0.0041
b:were nervous	-0.0623	0.0866
b:were never	0.251	-0.0092
b:were no	0.135	0.549
b:were not	0.213	-0.0634
b:were pleased	0.313	-0.254
b:were regular	0.408	0.052
b:were responsive	0.118	-0.0269
b:were running	0.276	-0.0306
b:were sceptical	-0.0512	0.327
b:were still	0.413	-0.00319
b:were unhelpful	0.185	-0.141
b:were well	0.00328	0.594
b:were ~30	0.0117	-0.00391
b:what a	0.519	0.784
b:what compensation	0.41	-0.00757
b:what every	0.279	-0.045
b:what i	0.55	-0.0379
b:what is	-0.929	-0.754
b:what our	0.417	0.433
b:what severity	-0.523	-0.416
b:what the	0.26	-0.313
b:what they	0.0103	0.0041
b:what version	-0.559	-0.305
b:what was	0.205	0.0219
b:what we	0.529	0.0109
b:what went	0.364	-0.236
b:what's the	-0.344	-0.33
b:whatever you	-0.0392	0.394
b:when it's	-0.179	-0.151
b:when nobody	0.471	-0.111
b:when the	0.0431	0.552
b:when this	0.0294	-0.00238
b:when we	-0.269	0.303
b:when you	-0.261	-0.198
b:when ~22	0.189	-0.112
b:where every	0.391	-0.204
b:where the	0.223	-0.179
b:where their	-0.0891	0.336
b:where we	0.58	0.128
b:whether the	-1.92	-1.05
b:whether this	-0.341	-0.237
b:whether we	0.498	0.0865
b:which arrived	0.473	-0.085
b:which build	-0.442	-0.516
b:which is	-0.368	0.403
b:which region	-0.588	-0.624
b:which regions	-0.334	-0.542
b:which says	-0.0458	0.266
b:which the	-0.0025	0.125
b:which version	0.205	0.0219
b:which we	0.401	-0.221
b:while it	0.3	-0.287
b:while nothing	0.472	-0.0744
b:while our	0.206	-0.0254
b:while these	0.344	-0.246
b:while we	0.045	-0.0212
b:who found	-0.232	0.349
b:who is	-0.532	-0.42
b:who owns	-0.868	-0.908
b:who should	-0.518	-0.318
b:who stayed	0.123	0.529
b:who the	-0.485	-0.456
b:who was	0.577	-2.72e-15
b:who ~64	-0.136	0.315
b:whole floor	0.0314	0.57
b:whole region	0.353	-0.0167
b:whole team	0.105	0.571
b:whole time	0.0469	-0.0133
b:why nobody	0.55	-0.0379
b:why the	0.16	0.117
b:why we're	0.267	0.0848
b:will be	0.305	-0.0641
b:will check	-0.723	-0.79
b:will circle	-0.252	-0.25
b:will decide	0.701	0.157
b:will do	-1.58	-1.51
b:will evaluate	-0.417	-0.452
b:will go	-0.246	-0.176
b:will happily	-0.0724	0.59
b:will hold	0.00844	-0.0589
b:will join	-0.417	-0.303
b:will log	-0.57	-0.543
b:will need	0.373	0.0717
b:will not	0.331	-0.0113
b:will result	0.577	0.0671
b:will review	-0.266	-0.203
b:will run	0.101	-0.0187
b:will send	-0.594	-0.372
b:will stop	0.0895	-0.0629
b:will take	0.255	0.0726
b:will tell	0.0894	-0.0576
b:will test	-0.801	-0.656
b:will trigger	0.584	0.0362
b:will update	-0.604	-0.56
b:will upgrade	-0.375	-0.188
b:will weigh	0.386	-0.183
b:will work	0.582	0.00811
b:will ~31	0.119	0.00426
b:will ~5	0.466	-0.0383
b:window for	-0.466	-0.396
b:window in	-0.664	-0.391
b:window is	-0.156	-0.251
b:window moves	-0.312	-0.325
b:window that	0.328	0.102
b:window we	-0.699	-0.473
b:window ~22	0.505	0.102
b:with any	-0.246	-0.176
b:with every	0.686	0.0694
b:with how	0.247	0.481
b:with it	-0.207	-0.135
b:with last	-0.508	-0.435
b:with login	0.163	0.583
b:with our	-0.449	-0.14
b:with people	-0.0891	0.336
b:with questions	-0.0321	-0.0163
b:with the	-0.0918	0.227
b:with these	0.368	0.0419
b:with this	-0.121	0.432
b:with us	-0.275	0.349
b:with you	0.285	0.218
b:with your	0.55	-0.247
b:with yours	-0.113	-0.139
b:with ~13	0.412	-0.0172
b:withholding sign	0.404	0.0555
b:within five	0.586	0.0131
b:within minutes	-0.0373	0.103
b:without a	0.0923	0.25
b:without evidence	0.189	-0.112
b:without service	0.413	-0.00319
b:without warning	0.422	-0.114
b:wobbles on	-0.0182	0.13
b:wonderful to	0.281	0.104
b:word for	-0.136	0.315
b:work best	-0.346	-0.591
b:work on	-0.363	0.843
b:work with	-0.00575	0.315
b:workaround helps	0.451	-0.14
b:workaround is	0.157	0.158
b:worked and	-0.282	0.308
b:worked flawlessly	0.15	0.811
b:worked for	1.23	0.0528
b:worked or	-0.343	-0.59
b:worked through	0.0139	0.0742
b:working and	-0.295	0.295
b:working hard	0.641	-0.0557
b:working product	0.589	0.15
b:working system	0.393	-0.169
b:working weekends	0.159	-0.134
b:works as	-0.1	0.608
b:works for	-0.0344	0.237
b:works perfectly	-0.163	0.401
b:works thanks	0.0553	1.46
b:worrying about	-0.0311	0.451
b:worst fears	0.0518	-0.0391
b:worst vendor	0.486	0.00419
b:worth the	-0.184	0.427
b:would a	-0.505	-0.475
b:would be	0.132	-0.0615
b:would change	-0.162	0.575
b:would have	0.589	0.15
b:would like	0.305	0.15
b:would not	0.292	0.0101
b:would take	0.251	-0.0092
b:write up	0.385	1.01
b:writing the	0.385	0.115
b:written during	0.444	0.139
b:written explanation	0.0117	-0.00391
b:written remediation	0.296	-0.277
b:written summary	0.233	-0.0101
b:wrong and	0.3	-0.119
b:wrong every	0.324	-0.169
b:wrong question	0.518	0.0932
b:wrong since	-0.0887	0.487
b:year end	-0.0311	0.451
b:year ends	-0.74	-0.714
b:year had	-0.00499	0.0299
b:year made	0.959	0.161
b:yep that	-0.0142	0.192
b:yep ~7	0.0258	0.968
b:yesterday's call	0.233	-0.0101
b:yet by	-0.0182	0.13
b:yet if	-0.373	-0.27
b:yet nobody	0.0294	-0.00238
b:yet our	0.136	-0.0434
b:yet received	-0.484	-0.423
b:yet the	-0.04	0.183
b:yet we	0.412	-0.0172
b:yet we're	0.523	-0.0459
b:yet whether	-0.341	-0.237
b:yet ~54	0.427	0.011
b:you again	-0.0682	0.317
b:you all	-0.286	0.286
b:you answered	0.518	0.0932
b:you asked	-0.187	-0.124
b:you attach	-0.179	-0.151
b:you before	-0.00499	0.0299
b:you built	0.212	0.887
b:you can	0.0662	0.65
b:you changed	-0.0392	0.394
b:you communicated	-0.0106	0.025
b:you confirm	-0.344	-0.403
b:you dmitri	0.0625	0.662
b:you escalated	0.16	-0.083
b:you fatima	0.0487	0.136
b:you first	0.114	-0.0638
b:you for	0.386	0.109
b:you forward	-0.267	-0.21
b:you found	0.55	-0.0379
b:you have	-0.443	-0.52
b:you internally	0.128	-0.0686
b:you just	0.518	0.0932
b:you know	-0.499	-0.368
b:you managed	0.427	0.0107
b:you moved	-0.0887	0.487
b:you on	-0.491	-0.312
b:you priya	0.109	0.596
b:you promised	0.691	0.123
b:you propose	0.369	0.00856
b:you proposed	-0.0743	0.14
b:you really	0.518	0.125
b:you rolled	-0.141	0.415
b:you rosa	0.0804	0.388
b:you send	-0.234	-0.223
b:you sent	-0.12	0.32
b:you share	-0.475	-0.568
b:you three	0.128	-0.0686
b:you to	0.177	0.18
b:you use	-0.196	-0.183
b:you will	0.0895	-0.0629
b:you ~9	0.0804	0.388
b:you're taking	0.166	-0.0542
b:you've been	0.245	0.544
b:you've found	0.291	-0.286
b:you've given	0.371	0.0201
b:your account	-0.121	-0.329
b:your agent	0.34	0.06
b:your bug	0.378	0.0507
b:your chief	0.576	0.247
b:your commercial	0.0781	-0.0341
b:your company	0.587	0.129
b:your db	-0.0283	0.284
b:your documentation	0.173	0.235
b:your end	0.515	0.184
b:your engineer	-0.21	0.355
b:your engineers	0.0695	0.241
b:your head	0.445	0.057
b:your help	0.0487	0.136
b:your lead	0.0958	-0.0165
b:your legal	0.445	0.057
b:your management	0.588	0.294
b:your on	0.239	-0.139
b:your outage	0.292	0.0959
b:your patch	0.0191	0.609
b:your people	-0.0958	0.136
b:your platform	0.173	0.167
b:your proactive	-0.000685	0.0128
b:your rca	0.0103	0.0041
b:your reference	-0.795	-0.561
b:your release	0.316	-0.272
b:your service	0.608	-0.265
b:your side	0.469	-0.0604
b:your support	0.23	0.0751
b:your team	0.311	0.29
b:your team's	-0.0623	0.0866
b:your tracker	-0.585	-0.679
b:your update	0.59	0.295
b:your upgrade	0.69	0.074
b:your ~54	0.358	-0.0327
b:yours and	-0.113	-0.139
b:zainab was	0.114	0.651
b:zone and	0.029	0.587
b:zone for	-0.802	-0.803
b:~0 about	1.13	-0.209
b:~0 notice	0.0925	-0.0302
b:~0 of	0.287	-0.287
b:~0 should	0.284	-0.00542
b:~0 under	0.0793	-0.0243
b:~1 clause	0.396	-0.135
b:~1 covering	0.49	0.177
b:~1 for	0.31	0.0315
b:~10 a	-0.00683	0.535
b:~10 for	-0.0498	0.424
b:~11 and	0.159	-0.134
b:~11 three	0.537	0.0801
b:~12 a	0.399	-0.109
b:~12 again	0.516	-0.252
b:~12 around	0.47	-0.44
b:~12 during	0.0117	-0.00391
b:~12 every	0.348	-0.0583
b:~12 for	0.136	-0.0106
b:~12 to	0.36	0.0387
b:~12 twice	0.154	-0.0669
b:~12 what	0.77	0.0869
b:~13 and	0.295	-0.162
b:~13 for	0.412	-0.0172
b:~13 it	0.295	-0.162
b:~14 and	-0.278	0.302
b:~14 from	-0.0804	0.162
b:~14 now	-0.0195	0.306
b:~15 entirely	0.129	0.687
b:~15 failing	-0.0363	0.176
b:~15 firing	0.0567	0.294
b:~15 the	-0.126	0.444
b:~16 about	-0.184	0.636
b:~16 from	-0.0455	0.452
b:~19 a	0.342	0.00774
b:~19 anything	0.127	-0.106
b:~19 for	0.6	-0.111
b:~19 the	0.484	-0.0613
b:~2 at	0.544	-0.0493
b:~2 by	1.03	-0.0587
b:~2 in	0.372	0.113
b:~2 of	0.339	0.013
b:~2 pending	0.433	0.0888
b:~2 until	0.583	0.143
b:~20 a	0.194	-0.147
b:~20 and	0.675	-0.0401
b:~20 our	0.734	-0.344
b:~20 team	0.355	-0.0411
b:~20 these	0.0343	0.00748
b:~21 for	0.0343	0.00748
b:~22 after	0.566	-0.141
b:~22 and	0.127	-0.106
b:~22 another	0.28	-0.0747
b:~22 errors	0.699	-0.0868
b:~22 honest	0.072	-0.049
b:~22 on	0.529	-0.0395
b:~22 tbh	1.26	0.0701
b:~22 the	0.134	0.0648
b:~22 timeouts	0.159	-0.0681
b:~22 to	0.693	-0.0133
b:~22 us	0.505	0.102
b:~23 after	-0.0746	0.286
b:~23 for	-0.000233	0.562
b:~24 early	0.926	0.357
b:~24 process	0.0865	-0.00678
b:~25 a	0.459	-0.0884
b:~25 caused	0.048	-0.00587
b:~25 during	0.342	-0.155
b:~25 for	0.199	-0.185
b:~25 on	0.407	-0.076
b:~25 such	0.353	-0.102
b:~25 the	0.691	0.123
b:~26 and	-0.368	0.424
b:~26 for	0.0758	0.94
b:~26 from	-0.0201	0.661
b:~26 nicely	-0.0759	0.156
b:~26 now	-0.0285	0.241
b:~26 the	0.0191	0.609
b:~26 touch	-0.0962	0.546
b:~27 losing	0.452	-0.00752
b:~27 pending	0.295	0.0804
b:~28 a	0.374	-0.113
b:~28 about	0.612	0.000386
b:~28 and	0.667	-0.0228
b:~28 of	0.269	-0.0478
b:~28 the	0.7	0.0991
b:~28 we	0.567	-0.011
b:~28 what	0.0103	0.0041
b:~3 and	0.531	0.109
b:~3 as	0.331	0.111
b:~30 afternoon	0.428	0.0364
b:~30 and	0.0822	-0.00371
b:~30 at	0.515	0.184
b:~30 for	0.0117	-0.00391
b:~30 from	0.388	-0.0406
b:~30 if	0.435	-0.173
b:~30 in	0.215	0.00444
b:~30 next	0.439	-0.0204
b:~30 proposed	0.32	0.0587
b:~30 since	1.27	-0.0762
b:~30 timeline	0.624	0.0569
b:~30 to	0.166	-0.0542
b:~30 what	0.564	0.000377
b:~31 and	0.322	0.0543
b:~31 during	0.903	0.107
b:~31 that	0.119	0.00426
b:~31 the	0.119	0.00426
b:~31 under	0.212	0.076
b:~31 until	0.708	0.135
b:~32 about	0.017	0.0363
b:~32 all	-0.174	0.252
b:~32 it	-0.0705	0.184
b:~32 overnight	-0.0321	0.513
b:~32 since	0.0762	0.655
b:~32 us	0.0524	0.291
b:~32 when	-0.0458	0.266
b:~32 why	-0.146	0.394
b:~32 with	-0.0891	0.336
b:~37 in	0.087	0.0219
b:~39 on	0.581	-0.0364
b:~39 we	0.584	0.117
b:~39 with	0.283	-0.00796
b:~4 on	1.38	-0.0675
b:~4 whether	0.671	0.275
b:~42 and	0.102	0.00624
b:~46 event	0.177	0.0454
b:~46 incident	0.164	0.0324
b:~48 by	0.263	-0.135
b:~5 of	0.415	0.126
b:~5 the	0.466	-0.0383
b:~5 to	0.828	0.299
b:~5 until	0.376	0.11
b:~51 with	0.478	-0.0151
b:~53 on	0.694	-0.0334
b:~54 about	0.283	0.0843
b:~54 call	0.685	0.225
b:~54 in	0.449	-0.133
b:~54 of	0.358	-0.0327
b:~54 on	0.534	-0.0182
b:~54 since	0.253	-0.053
b:~54 the	0.509	-0.0536
b:~54 this	0.126	0.0124
b:~54 to	0.304	0.061
b:~54 today	0.156	-0.00661
b:~54 we've	0.782	0.216
b:~55 for	0.16	-0.083
b:~60 compensation	0.541	0.0355
b:~60 the	0.585	0.114
b:~60 to	0.114	-0.0638
b:~62 on	-0.295	0.295
b:~63 on	0.03	0.3
b:~64 every	-0.0976	0.202
b:~64 the	0.017	0.0571
b:~64 was	0.00598	0.0329
b:~65 since	-0.0224	0.586
b:~66 and	0.0507	0.626
b:~68 breaking	0.821	-0.0843
b:~69 to	-0.00499	0.0299
b:~7 here	0.0208	0.762
b:~7 now	-0.0183	0.638
b:~7 on	-0.006	0.656
b:~7 the	-0.0143	0.103
b:~7 to	-0.0537	0.505
b:~8 firefighting	0.0561	0.428
b:~8 holding	-0.0237	0.537
b:~8 now	-0.0234	0.2
b:~8 our	0.00674	0.291
b:~8 the	0.26	0.802
b:~8 tonight	0.105	0.571
b:~8 worrying	-0.0311	0.451
b:~9 a	-0.000685	0.0128
b:~9 and	0.0274	0.137
b:~9 days	0.0487	0.136
b:~9 for	-0.378	0.829
b:~9 launch	0.0804	0.388
bias	0.0155	0.0994
c:although	0.226	0.181
c:apology	0.413	-0.00319
c:appreciate	0.298	0.029
c:attempts	-0.163	0.401
c:delay	-0.0235	0.375
c:despite	0.046	0.397
c:happen	0.464	-0.127
c:helpful	0.087	0.0219
c:honesty	0.298	0.029
c:initial	0.0353	0.53
c:it	-0.163	0.401
c:mistakes	0.464	-0.127
c:mix	0.0353	0.53
c:on	0.0801	0.274
c:outage	-0.185	0.352
c:painful	-0.185	0.352
c:partnership	0.581	-0.0364
c:scare	0.0801	0.274
c:sincere	0.413	-0.00319
c:team	0.087	0.0219
c:the	0.136	0.214
c:though	0.413	-0.00319
c:took	-0.163	0.401
c:tuesday	0.0801	0.274
c:two	-0.163	0.401
c:understand	0.464	-0.127
c:up	0.0353	0.53
c:value	0.581	-0.0364
c:was	0.0748	0.141
c:we	0.46	-0.0423
c:while	0.152	0.0761
c:your	0.298	0.029
cv:+	0.36	0.0359
cv:-	0.0135	0.36
first:0	-0.403	-0.328
first:n	0.547	-0.0669
first:p	0.0784	0.319
hedge	-1.03	-1
hi	-0.00135	0.121
last:0	-0.288	-0.413
last:n	0.49	-0.0974
last:p	-0.14	0.521
lo	-0.1	0.00258
n:a	0.178	0.351
n:able	0.584	0.0318
n:about	0.24	0.854
n:acceptable	0.292	0.0101
n:actually	0.133	-0.0595
n:addresses	0.262	0.0514
n:affected	0.0801	0.51
n:again	0.267	0.0848
n:ago	0.385	-0.0101
n:alerts	0.113	0.165
n:an	-0.259	0.267
n:analysis	0.368	0.0447
n:android	0.118	-0.0269
n:announced	0.461	0.00959
n:answer	0.127	-0.0563
n:answering	0.516	-0.252
n:any	0.345	0.374
n:anyone	0.383	-0.191
n:anything	-0.135	0.44
n:api	0.251	-0.0092
n:apology	0.0948	-0.0858
n:app	0.119	0.125
n:appear	-0.0347	0.578
n:appearing	-0.0124	0.58
n:approved	0.344	-0.246
n:are	0.549	-0.094
n:arriving	0.462	-0.122
n:asked	0.265	-0.031
n:at	0.0054	0.314
n:audit	-0.588	-0.409
n:back	0.211	-0.0665
n:basics	0.0614	0.018
n:batch	0.00678	0.233
n:be	-0.201	0.039
n:been	0.561	0.047
n:being	-0.0434	0.227
n:believe	0.205	0.0219
n:believes	0.529	0.0414
n:better	-0.446	-0.263
n:booking	-0.211	0.346
n:bring	0.205	-0.0242
n:broke	-0.239	0.332
n:broken	0.0116	0.264
n:bucket	0.462	-0.122
n:bug	0.378	0.0507
n:builds	-0.311	0.597
n:by	0.292	0.0101
n:call	0.292	0.0101
n:calls	0.271	0.683
n:can	0.497	-0.159
n:candid	0.364	-0.236
n:care	0.0425	-0.0376
n:caught	0.55	-0.0379
n:caused	-0.11	0.397
n:cdn	-0.3	-0.155
n:change	0.115	0.0857
n:changed	1.08	0.277
n:chase	0.0414	0.108
n:checkout	-0.0179	0.241
n:choice	0.213	-0.0634
n:clear	-0.384	-0.195
n:close	0.309	-0.27
n:closed	0.357	0.0947
n:closer	0.523	-0.0459
n:come	0.317	-0.262
n:comfortable	0.137	0.0356
n:comment	-0.588	-0.409
n:communicated	0.354	-0.0161
n:complain	-0.0434	0.227
n:complained	-0.278	0.302
n:complaining	-0.142	0.312
n:complains	-0.0588	0.254
n:complaint	-0.435	0.559
n:complaints	-0.121	0.451
n:complete	0.397	0.0587
n:completing	0.69	0.074
n:conclusions	-0.59	-0.315
n:confidence	0.585	0.193
n:confident	0.439	-0.0204
n:confirm	-0.437	-0.302
n:consider	0.357	0.0947
n:consulted	0.213	-0.0634
n:contract	0.538	0.0771
n:convinced	0.262	0.0514
n:cost	0.341	-0.244
n:could	0.265	-0.031
n:covering	0.341	-0.244
n:crashes	-0.042	0.37
n:credits	0.0914	-0.0853
n:customers	0.137	0.0356
n:cutover	-0.332	0.62
n:dashboard	0.167	-0.0079
n:data	0.265	-0.031
n:date	-0.114	-0.224
n:day	0.394	-0.0233
n:days	0.433	-0.138
n:decided	-0.545	-0.579
n:delays	-0.0547	0.287
n:delivery	0.262	-0.0753
n:deployments	-0.073	0.478
n:describes	0.538	0.0771
n:did	0.378	-0.206
n:director	0.267	0.0848
n:disk	-0.0252	0.309
n:door	0.0688	-0.00894
n:down	0.267	0.0848
n:downtime	-0.031	0.527
n:dread	-0.0362	0.419
n:dropped	0.153	0.458
n:duplicate	-0.0362	0.294
n:during	-0.152	0.409
n:either	-0.258	-0.28
n:end	0.169	-0.102
n:engineers	0.278	-0.106
n:enough	-0.539	-0.539
n:errors	0.0427	0.525
n:escalating	-0.162	0.348
n:escalation	-0.208	0.396
n:estimates	0.262	-0.0753
n:even	-0.0603	0.36
n:every	0.215	0.568
n:everything	0.0312	0.294
n:evidence	0.189	-0.112
n:expect	-0.295	0.295
n:expected	-0.106	0.466
n:experience	0.36	-0.172
n:explain	0.584	0.0318
n:explaining	0.267	0.0848
n:export	-0.0141	0.319
n:fact	0.169	-0.102
n:failed	-0.108	0.459
n:failing	0.048	0.41
n:fault	-0.135	0.44
n:feel	0.403	-0.155
n:feels	0.409	-0.0669
n:fills	0.163	0.583
n:finished	-0.588	-0.409
n:first	0.253	-0.053
n:fix	-0.237	-0.32
n:fixed	0.934	0.0202
n:flag	-0.444	-0.585
n:floor	0.0501	0.597
n:for	0.459	-0.277
n:format	-0.0141	0.319
n:found	0.114	-0.0638
n:four	0.471	-0.111
n:freezes	-0.0145	0.195
n:freezing	-0.144	0.219
n:from	0.526	0.714
n:front	0.137	0.0356
n:fun	-0.225	0.233
n:gap	0.584	0.0318
n:get	0.234	-0.104
n:getting	3.84e-05	0.247
n:give	0.151	-7.44e-05
n:given	0.292	-0.0396
n:going	0.102	0.00624
n:gone	-0.0887	0.487
n:gps	-0.00607	0.401
n:great	0.114	-0.0638
n:grumble	-0.0141	0.319
n:grumbling	-0.107	0.237
n:had	-0.548	0.0063
n:handled	-0.314	0.665
n:happened	-0.332	-0.246
n:happy	0.245	0.00113
n:has	0.686	0.748
n:have	0.26	-0.0275
n:heard	0.153	0.458
n:hearing	0.335	-0.0271
n:helpful	0.484	-0.0613
n:here	0.199	-0.00431
n:his	0.378	0.0507
n:hitch	-0.0162	0.369
n:hold	0.585	0.193
n:how	0.114	0.196
n:i	-0.162	0.575
n:i'd	-0.287	0.29
n:if	-0.373	-0.27
n:ignored	0.471	-0.111
n:import	0.00678	0.233
n:improvement	0.593	-0.0118
n:improvements	0.161	0.00978
n:in	0.84	-0.33
n:incident	0.354	-0.0161
n:incidents	0.344	-0.246
n:index	-0.0262	0.111
n:informed	0.213	-0.0634
n:internally	0.416	0.0468
n:into	0.413	-0.0841
n:invoice	-0.484	-0.423
n:invoices	0.0797	0.0827
n:is	0.286	-0.286
n:issues	-0.0784	0.383
n:it	0.536	-1.32e-05
n:it's	-0.304	-0.323
n:judge	-0.965	-0.972
n:knew	0.127	-0.0563
n:know	0.205	0.0219
n:landed	-0.0297	0.258
n:latency	-0.107	0.237
n:like	0.246	0.0434
n:loads	0.677	0.0105
n:log	0.118	-0.0269
n:login	0.176	0.658
n:logs	-0.0347	0.578
n:losing	0.0347	0.313
n:lost	0.0142	0.124
n:made	0.063	-0.0136
n:manual	-0.0025	0.125
n:matched	0.276	-0.0306
n:materialised	0.279	0.0265
n:me	-0.0985	0.269
n:measure	0.292	0.0101
n:migration	0.251	-0.0092
n:missed	0.169	-0.102
n:missing	-0.143	0.365
n:mobile	-0.363	-0.206
n:monday	-0.073	0.478
n:month	0.066	0.198
n:months	0.385	-0.0101
n:morning	0.215	0.568
n:moved	0.259	-0.149
n:much	-0.288	0.289
n:my	0.267	0.0848
n:new	-0.539	-0.539
n:next	0.306	-0.0681
n:night	-0.0252	0.309
n:nightly	-0.0588	0.254
n:nobody	0.736	-0.172
n:not	0.146	0.145
n:notice	0.00919	0.0193
n:noticed	-0.0376	0.794
n:november	-0.484	-0.423
n:numbers	0.199	-0.00431
n:of	0.611	-0.284
n:offline	0.251	-0.0092
n:older	0.584	-0.00149
n:on	0.694	-0.103
n:once	0.24	-0.111
n:one	0.0425	0.255
n:open	0.344	-0.246
n:opening	-0.0093	0.324
n:ops	0.153	0.458
n:orders	-0.00511	0.325
n:other	0.274	0.00342
n:otherwise	0.00598	0.0329
n:our	-0.0573	0.352
n:out	0.0796	-0.038
n:outage	0.341	-0.244
n:over	-0.113	0.345
n:overnight	0.0427	0.525
n:own	0.592	-0.0322
n:ownership	0.595	-0.495
n:page	-0.0907	0.341
n:paged	-0.0252	0.309
n:paging	-0.0494	0.331
n:paying	0.378	0.0507
n:payment	0.0146	0.255
n:payments	-0.0126	0.525
n:payroll	0.16	-0.083
n:peep	0.153	0.458
n:phones	0.584	-0.00149
n:pick	-0.344	-0.33
n:plan	0.0312	0.294
n:platform	0.274	0.00342
n:position	-0.491	-0.322
n:postmortem	0.364	-0.236
n:practical	0.282	0.0183
n:pretend	0.00598	0.0329
n:problem	0.396	0.208
n:problems	-0.11	0.397
n:process	0.378	-0.206
n:product	0.5	-0.0879
n:professional	0.409	-0.0669
n:progress	0.403	-0.0213
n:promised	0.161	0.00978
n:promises	0.328	-0.0563
n:pushed	0.335	-0.0271
n:putting	0.137	0.0356
n:queue	-0.0362	0.294
n:raised	-0.435	0.559
n:rca	0.253	-0.053
n:ready	-0.258	-0.28
n:real	0.262	0.0514
n:reassuring	0.36	-0.172
n:rebuilt	-0.0262	0.111
n:received	-0.484	-0.423
n:recommend	0.364	0.0325
n:reconciliation	-0.258	-0.28
n:recur	0.295	-0.162
n:reflected	0.5	-0.0879
n:regions	0.274	0.00342
n:regressed	-0.179	0.329
n:regression	-0.295	-0.286
n:related	-0.431	-0.22
n:release	0.063	-0.0136
n:reliable	0.357	0.0947
n:remain	0.344	-0.246
n:renewing	0.421	0.0993
n:replies	0.471	-0.111
n:report	0.107	0.113
n:reported	-0.204	0.431
n:reporting	-0.0228	0.381
n:reports	0.0116	0.264
n:reproduce	0.265	-0.031
n:request	0.335	-0.0271
n:rerun	-0.258	-0.28
n:resolved	0.312	0.0275
n:resolves	-0.363	-0.206
n:response	0.348	-0.0229
n:restarts	-0.0025	0.125
n:review	0.55	-0.0379
n:rollout	-0.485	0.248
n:run	0.328	-0.0563
n:running	0.276	-0.0306
n:same	-0.304	-0.323
n:satisfied	0.546	-0.149
n:say	-0.466	0.014
n:scanner	-0.162	0.348
n:screen	-0.0093	0.324
n:search	-0.032	0.187
n:see	-0.0362	0.294
n:seeing	0.593	-0.0118
n:seem	0.397	0.0587
n:seems	0.592	-0.0322
n:seen	0.5	-0.0879
n:sent	0.258	-0.127
n:serious	0.3	0.0868
n:service	0.521	-0.0369
n:severity	0.154	0.0585
n:shipments	-0.0362	0.294
n:should	0.0614	0.018
n:side	0.627	0.381
n:single	0.00985	0.353
n:size	0.282	0.0183
n:slow	-0.0726	0.367
n:slowness	-0.18	0.304
n:smooth	-0.106	0.466
n:smoothest	-0.34	0.551
n:spike	-0.384	-0.195
n:sprint	0.235	-0.215
n:stable	0.494	-0.0516
n:staff	-0.0718	0.515
n:started	0.233	-0.0101
n:status	0.273	-0.0478
n:stop	0.102	0.00624
n:stopped	0.357	0.0843
n:stores	-0.204	0.431
n:strong	-0.536	-0.464
n:stuck	-0.0494	0.331
n:summary	0.233	-0.0101
n:sunday	0.462	-0.122
n:sure	-0.167	-0.165
n:sync	-0.113	0.345
n:system	0.16	-0.083
n:take	0.628	-0.412
n:taken	0.143	-0.0103
n:team	-0.203	0.484
n:tell	-0.00651	-0.441
n:test	-0.553	-0.548
n:that	0.186	0.00884
n:the	0.0413	-0.173
n:theirs	0.0116	0.0258
n:them	0.104	-0.00503
n:these	0.344	-0.246
n:thing	-0.286	0.286
n:think	0.0614	0.018
n:thinking	0.0542	0.592
n:thinks	0.364	-0.236
n:this	0.15	0.148
n:thorough	0.368	0.0447
n:thought	-0.287	0.29
n:three	0.165	0.0314
n:tickets	0.194	0.689
n:tills	-0.0297	0.258
n:time	-0.463	-1.06
n:timeline	0.371	0.0201
n:timeout	0.0834	0.442
n:timeouts	-0.184	0.341
n:to	0.248	-0.969
n:today	-0.192	0.463
n:told	0.251	-0.0092
n:top	0.335	-0.0271
n:trading	0.205	-0.0242
n:translated	0.494	-0.0516
n:trust	0.371	0.0201
n:trusting	0.308	-0.00941
n:trusts	0.199	-0.00431
n:twitter	0.114	-0.0638
n:understand	0.55	-0.0379
n:understands	0.3	0.0868
n:understood	0.154	0.0585
n:unhelpful	0.185	-0.141
n:until	-1.12	-0.638
n:up	-0.153	-0.00221
n:update	-0.0297	0.258
n:updated	-0.484	-0.423
n:upgrade	-0.287	0.29
n:us	0.509	-0.177
n:useless	-0.0434	0.227
n:user	-0.00512	0.38
n:users	0.436	-0.0935
n:verdict	-0.153	-0.22
n:version	-0.312	-0.397
n:view	-0.536	-0.464
n:vpn	0.0251	0.167
n:warehouse	-0.12	0.458
n:warned	0.389	-0.0776
n:warning	0.422	-0.114
n:was	-0.177	0.305
n:way	0.0283	0.137
n:we	0.239	-0.0835
n:we're	0.27	0.00361
n:we've	-0.258	-0.28
n:week	-0.105	0.433
n:weekend	-0.157	0.289
n:weekly	0.238	-0.0056
n:welcome	0.335	-0.0271
n:went	0.0968	0.0877
n:were	0.255	-0.0916
n:what	1.01	-0.121
n:when	0.389	-0.176
n:whether	-0.341	-0.237
n:which	0.205	0.0219
n:while	0.344	-0.246
n:why	1.18	0.169
n:will	0.304	0.00901
n:with	0.366	-0.148
n:workaround	0.16	-0.083
n:would	0.0491	0.298
n:written	0.233	-0.0101
n:wrong	0.128	0.159
n:year	0.335	-0.0271
n:yet	-2.26	-2.02
n:you	0.0614	0.018
n:you've	0.371	0.0201
n:your	0.444	0.202
n:~18	0.154	0.0585
n:~30	0.378	-0.02
n:~33	-0.00607	0.401
n:~55	0.16	-0.083
np:accep	0.292	0.0101
np:actua	0.133	-0.0595
np:addre	0.262	0.0514
np:affec	0.0801	0.51
np:alert	0.113	0.165
np:analy	0.368	0.0447
np:andro	0.118	-0.0269
np:annou	0.461	0.00959
np:answe	0.309	-0.172
np:anyon	0.383	-0.191
np:anyth	-0.135	0.44
np:apolo	0.0948	-0.0858
np:appea	-0.219	0.89
np:appro	0.344	-0.246
np:arriv	0.462	-0.122
np:basic	0.0614	0.018
np:belie	0.362	0.0305
np:bette	-0.446	-0.263
np:booki	-0.211	0.346
np:broke	0.0116	0.264
np:bucke	0.462	-0.122
np:build	-0.311	0.597
np:candi	0.364	-0.236
np:caugh	0.55	-0.0379
np:cause	-0.11	0.397
np:chang	0.643	0.211
np:check	-0.0179	0.241
np:choic	0.213	-0.0634
np:close	0.5	-0.0472
np:comfo	0.137	0.0356
np:comme	-0.588	-0.409
np:commu	0.354	-0.0161
np:compl	-0.125	0.342
np:concl	-0.59	-0.315
np:confi	0.104	-0.11
np:consi	0.357	0.0947
np:consu	0.213	-0.0634
np:contr	0.538	0.0771
np:convi	0.262	0.0514
np:cover	0.341	-0.244
np:crash	-0.042	0.37
np:credi	0.0914	-0.0853
np:custo	0.137	0.0356
np:cutov	-0.332	0.62
np:dashb	0.167	-0.0079
np:decid	-0.545	-0.579
np:delay	-0.0547	0.287
np:deliv	0.262	-0.0753
np:deplo	-0.073	0.478
np:descr	0.538	0.0771
np:direc	0.267	0.0848
np:downt	-0.031	0.527
np:dropp	0.153	0.458
np:dupli	-0.0362	0.294
np:durin	-0.152	0.409
np:eithe	-0.258	-0.28
np:engin	0.278	-0.106
np:enoug	-0.539	-0.539
np:error	0.0427	0.525
np:escal	-0.208	0.386
np:estim	0.262	-0.0753
np:every	0.0312	0.294
np:evide	0.189	-0.112
np:expec	-0.251	0.435
np:exper	0.36	-0.172
np:expla	1.14	0.33
np:expor	-0.0141	0.319
np:faile	-0.108	0.459
np:faili	0.048	0.41
np:finis	-0.588	-0.409
np:forma	-0.0141	0.319
np:freez	-0.0783	0.181
np:getti	3.84e-05	0.247
np:grumb	-0.0722	0.267
np:handl	-0.314	0.665
np:happe	-0.332	-0.246
np:heari	0.335	-0.0271
np:helpf	0.484	-0.0613
np:ignor	0.471	-0.111
np:impor	0.00678	0.233
np:impro	0.51	0.0743
np:incid	0.66	-0.299
np:infor	0.213	-0.0634
np:inter	0.416	0.0468
np:invoi	-0.245	-0.127
np:issue	-0.0784	0.383
np:lande	-0.0297	0.258
np:laten	-0.107	0.237
np:losin	0.0347	0.313
np:manua	-0.0025	0.125
np:match	0.276	-0.0306
np:mater	0.279	0.0265
np:measu	0.292	0.0101
np:migra	0.251	-0.0092
np:misse	0.169	-0.102
np:missi	-0.143	0.365
np:mobil	-0.363	-0.206
np:monda	-0.073	0.478
np:month	0.385	-0.0101
np:morni	0.215	0.568
np:night	-0.0588	0.254
np:nobod	0.736	-0.172
np:notic	-0.0303	0.776
np:novem	-0.484	-0.423
np:numbe	0.199	-0.00431
np:offli	0.251	-0.0092
np:openi	-0.0093	0.324
np:order	-0.00511	0.325
np:other	0.00598	0.0329
np:outag	0.341	-0.244
np:overn	0.0427	0.525
np:owner	0.595	-0.495
np:pagin	-0.0494	0.331
np:payin	0.378	0.0507
np:payme	-0.117	0.607
np:payro	0.16	-0.083
np:phone	0.584	-0.00149
np:platf	0.274	0.00342
np:posit	-0.491	-0.322
np:postm	0.364	-0.236
np:pract	0.282	0.0183
np:prete	0.00598	0.0329
np:probl	0.331	0.285
np:proce	0.378	-0.206
np:produ	0.5	-0.0879
np:profe	0.409	-0.0669
np:progr	0.403	-0.0213
np:promi	0.218	-0.0173
np:pushe	0.335	-0.0271
np:putti	0.137	0.0356
np:raise	-0.435	0.559
np:reass	0.36	-0.172
np:rebui	-0.0262	0.111
np:recei	-0.484	-0.423
np:recom	0.364	0.0325
np:recon	-0.258	-0.28
np:refle	0.5	-0.0879
np:regio	0.274	0.00342
np:regre	-0.318	0.0969
np:relat	-0.431	-0.22
np:relea	0.063	-0.0136
np:relia	0.357	0.0947
np:remai	0.344	-0.246
np:renew	0.421	0.0993
np:repli	0.471	-0.111
np:repor	-0.154	0.443
np:repro	0.265	-0.031
np:reque	0.335	-0.0271
np:resol	0.0766	-0.0624
np:respo	0.348	-0.0229
np:resta	-0.0025	0.125
np:revie	0.55	-0.0379
np:rollo	-0.485	0.248
np:runni	0.276	-0.0306
np:satis	0.546	-0.149
np:scann	-0.162	0.348
np:scree	-0.0093	0.324
np:searc	-0.032	0.187
np:seein	0.593	-0.0118
np:serio	0.3	0.0868
np:servi	0.521	-0.0369
np:sever	0.154	0.0585
np:shipm	-0.0362	0.294
np:shoul	0.0614	0.018
np:singl	0.00985	0.353
np:slown	-0.18	0.304
np:smoot	-0.536	0.815
np:sprin	0.235	-0.215
np:stabl	0.494	-0.0516
np:start	0.233	-0.0101
np:statu	0.273	-0.0478
np:stopp	0.357	0.0843
np:store	-0.204	0.431
np:stron	-0.536	-0.464
np:summa	0.233	-0.0101
np:sunda	0.462	-0.122
np:syste	0.16	-0.083
np:their	0.0116	0.0258
np:think	0.293	0.362
np:thoro	0.368	0.0447
np:thoug	-0.287	0.29
np:ticke	0.194	0.689
np:timel	0.371	0.0201
np:timeo	-0.108	0.384
np:tradi	0.205	-0.0242
np:trans	0.494	-0.0516
np:trust	0.28	-0.00714
np:twitt	0.114	-0.0638
np:under	0.494	-0.0745
np:unhel	0.185	-0.141
np:updat	-0.398	-0.225
np:upgra	-0.287	0.29
np:usele	-0.0434	0.227
np:verdi	-0.153	-0.22
np:versi	-0.312	-0.397
np:wareh	-0.159	0.396
np:warne	0.389	-0.0776
np:warni	0.422	-0.114
np:weeke	-0.157	0.289
np:weekl	0.238	-0.0056
np:welco	0.335	-0.0271
np:wheth	-0.341	-0.237
np:worka	0.16	-0.083
np:writt	0.233	-0.0101
np:you'v	0.371	0.0201
ns:1	-0.0508	0.109
ns:2	0.369	-0.126
ns:3	0.584	0.217
nv:+1	0.311	-0.316
nv:+2	0.371	-0.0754
nv:-1	0.139	0.108
nv:-2	0.145	0.138
open:0	0.238	-0.0211
open:n	0.308	-0.0474
open:p	-0.205	0.231
p:absol	0.472	0.102
p:accep	0.298	0.029
p:acces	-0.496	-0.404
p:accor	-0.604	-0.56
p:accou	-0.673	-0.665
p:accur	0.3	0.187
p:ackno	0.223	-0.179
p:actio	0.242	-0.0036
p:actua	0.577	-2.72e-15
p:addin	-0.565	-0.535
p:addit	0.295	0.0804
p:addre	-0.701	-0.757
p:adequ	0.32	0.0587
p:admin	-0.531	-0.525
p:advan	0.0801	0.51
p:advic	0.521	-0.0853
p:advis	0.585	0.184
p:affec	-0.152	-0.196
p:after	0.159	0.00558
p:again	-0.368	-0.32
p:agend	-0.498	-0.483
p:agent	0.0669	0.0622
p:agree	0.694	0.243
p:alert	-0.233	0.324
p:allow	0.0565	-0.0121
p:alrea	-0.28	0.309
p:altho	0.407	0.0735
p:alway	0.292	0.419
p:amazi	0.404	-0.18
p:analy	-0.349	-0.389
p:annua	0.331	0.111
p:anoth	0.48	-0.166
p:answe	0.387	-0.0936
p:anyth	-0.164	-0.186
p:apolo	0.546	0.243
p:appal	0.581	-0.226
p:appli	0.263	0.0385
p:appre	0.467	-0.16
p:appro	-0.384	-0.579
p:archi	-0.141	0.0232
p:aroun	0.014	0.256
p:arran	0.228	0.00488
p:arriv	0.178	0.116
p:askin	0.0248	0.0893
p:assig	-0.563	-0.606
p:attac	-0.45	-0.398
p:attem	-0.0623	0.0866
p:audit	0.32	-0.0663
p:augus	0.191	-0.0325
p:autom	0.304	-0.287
p:avail	0.38	-0.00147
p:aweso	0.211	-0.0259
p:backl	-0.498	0.501
p:backu	0.105	0.0663
p:balan	-0.548	-0.598
p:baske	0.388	-0.0406
p:batch	-0.568	-0.456
p:beara	-0.201	0.471
p:beatr	-0.0446	0.473
p:beaut	0.135	0.581
p:becau	0.365	-0.09
p:befor	-0.429	-0.388
p:behav	-0.576	-0.434
p:bette	-0.856	-0.195
p:betwe	-0.126	0.335
p:beyon	0.119	0.00426
p:billi	-0.529	-0.403
p:blame	0.348	-0.00376
p:booke	-0.487	-0.66
p:booki	0.0948	-0.0858
p:borin	-0.287	0.29
p:branc	0.438	-0.155
p:breac	0.471	0.0926
p:break	0.84	0.132
p:breat	-0.291	0.732
p:bridg	-0.439	-0.154
p:brill	0.829	0.000295
p:bring	0.0509	-0.00281
p:broke	0.342	-0.02
p:busie	0.931	-0.0226
p:busin	0.182	0.403
p:cache	0.524	-0.0309
p:cachi	-0.403	-0.585
p:calle	-0.0513	0.234
p:calli	0.127	-0.106
p:calme	0.158	0.36
p:cance	0.295	0.0238
p:canno	0.619	-0.393
p:catal	0.199	-0.185
p:catch	-0.196	0.343
p:caugh	-0.282	0.308
p:cause	0.384	-0.186
p:cauti	-0.226	-0.23
p:cease	0.278	0.85
p:chang	-0.595	-0.0581
p:check	-1.08	-0.721
p:cheer	0.0881	0.991
p:choos	0.613	-0.0287
p:circl	-0.269	-0.243
p:circu	-0.118	-0.0696
p:class	0.591	-0.259
p:claus	0.385	-0.106
p:clean	-0.0429	0.383
p:clear	0.383	0.72
p:clien	0.233	-0.00438
p:clini	0.328	-0.0563
p:close	0.459	-0.503
p:clust	-0.325	0.554
p:coinc	-0.416	-0.59
p:colla	-0.126	0.335
p:colle	-0.153	-0.22
p:comin	-0.0925	0.394
p:comma	-0.677	-0.536
p:comme	0.0781	-0.0341
p:commi	0.38	-0.0213
p:commu	0.61	0.65
p:compa	0.593	0.669
p:compe	0.475	0.00198
p:compl	0.0322	-0.0254
p:conce	0.461	0.0338
p:concl	-0.451	-0.583
p:confe	-0.298	-0.454
p:confi	-0.235	0.167
p:confu	0.102	0.244
p:congr	0.625	0.0045
p:conne	0.914	0.0107
p:consi	0.0359	0.0502
p:const	0.859	0.153
p:conta	-0.608	-0.579
p:contr	0.103	-0.538
p:conve	0.123	0.131
p:copie	0.43	-0.3
p:cordi	0.412	-0.0172
p:corre	0.433	0.799
p:corru	0.238	-0.0211
p:couns	0.39	0.131
p:count	-0.439	-0.425
p:coupl	-0.571	-0.311
p:cover	0.0498	-0.206
p:crash	0.0941	0.189
p:credi	1.04	0.188
p:crisi	0.0542	0.592
p:curre	0.415	0.126
p:custo	0.626	0.737
p:cutov	-0.248	0.315
p:damag	0.397	0.141
p:dange	0.029	0.587
p:danie	0.0629	0.322
p:dashb	-0.0588	-0.107
p:datab	-0.123	-0.184
p:deadl	0.0748	-0.0195
p:debug	-0.204	0.364
p:decid	-0.104	-0.168
p:decis	0.386	-0.183
p:deduc	0.263	0.0385
p:deepl	0.598	-0.0243
p:defau	-0.543	-0.551
p:defec	0.404	0.0555
p:defen	0.128	-0.0686
p:degra	0.54	-0.0426
p:delet	0.586	0.00117
p:delig	-0.0328	0.603
p:deliv	0.0299	0.499
p:depar	0.359	-0.00737
p:depen	0.0145	0.631
p:deplo	-0.223	-0.253
p:descr	-0.529	-0.4
p:detai	0.535	-0.00384
p:devel	-0.399	-0.325
p:diagn	-0.0552	0.601
p:diagr	-0.541	-0.591
p:diffe	-0.466	-0.363
p:diffi	-0.575	-0.302
p:dimit	0.277	0.585
p:direc	0.546	0.194
p:disag	0.189	-0.112
p:disap	0.592	0.542
p:disas	0.438	-0.1
p:discu	0.393	-0.175
p:dispu	0.102	0.0345
p:distr	-0.431	-0.4
p:dmitr	0.0625	0.662
p:docum	-0.0123	-0.0403
p:doubt	-0.47	0.521
p:downh	0.297	-0.287
p:downt	-0.557	-0.439
p:drain	-0.0194	0.116
p:dread	-0.271	0.273
p:drive	-0.203	0.527
p:dupli	-0.464	0.0176
p:durin	0.275	0.156
p:effor	0.361	-0.111
p:eleve	0.407	-0.076
p:else'	0.448	-0.134
p:email	-0.593	0.7
p:embar	0.362	-0.22
p:emerg	-0.0958	0.136
p:endpo	-0.316	-0.505
p:engag	-0.0989	0.259
p:engin	0.0745	0.207
p:enter	-0.662	-0.679
p:entir	0.508	-0.0619
p:envir	-0.569	-0.551
p:error	0.0369	0.349
p:escal	0.125	-0.127
p:evalu	-0.518	-0.5
p:eveni	-0.23	-0.114
p:every	0.532	0.0823
p:exact	-0.0256	0.545
p:examp	-0.0405	-0.177
p:excel	-0.154	0.46
p:execu	0.633	0.191
p:exhau	0.588	0.0252
p:exist	-0.529	-0.485
p:expan	0.458	-0.129
p:expec	0.297	0.523
p:exper	0.411	-0.101
p:expla	0.103	0.399
p:expor	0.738	-0.427
p:expos	0.459	-0.0884
p:exten	0.128	-0.0686
p:extre	0.477	-0.11
p:fabul	0.283	0.0843
p:faile	0.123	-0.398
p:faili	0.304	0.0567
p:failo	0.368	0.0223
p:failu	0.89	0.229
p:fanta	0.271	0.15
p:faste	0.0733	0.241
p:fatim	-0.0701	0.287
p:fault	-0.0623	0.0866
p:featu	1.1	-0.22
p:feedb	-0.377	-0.454
p:final	0.117	0.924
p:finan	0.276	0.32
p:findi	-0.44	-0.314
p:finis	0.303	-0.0268
p:firef	0.0574	0.525
p:firin	0.0567	0.294
p:fisca	-0.74	-0.714
p:flagg	0.32	-0.0663
p:flawl	-0.211	0.9
p:flowi	-0.196	0.543
p:focus	-0.188	-0.282
p:folde	-0.591	-0.347
p:follo	0.0303	-0.111
p:forev	-0.146	0.394
p:forgo	0.458	-0.128
p:forma	0.199	-0.0627
p:fortn	-0.283	0.283
p:forwa	-0.329	-0.386
p:fourt	0.0517	-0.0111
p:frank	0.053	-0.0116
p:freez	-0.000776	-0.104
p:frida	0.211	0.106
p:frien	0.181	-0.0671
p:frust	-0.122	0.373
p:furio	0.584	-0.0698
p:furth	0.361	0.0332
p:futur	-0.601	-0.655
p:gabri	-0.014	0.303
p:gathe	-0.377	-0.454
p:gener	0.331	0.0722
p:genui	-0.0358	0.159
p:getti	0.253	-0.053
p:goodw	0.667	-0.0228
p:graci	0.0116	0.0258
p:grate	-0.182	0.269
p:group	-0.363	-0.316
p:grumb	-0.28	0.309
p:handl	0.0474	0.252
p:hando	0.04	0.279
p:hanna	-0.189	0.398
p:happe	0.388	0.0469
p:happi	0.0223	0.47
p:harri	0.126	0.474
p:heada	0.103	-0.101
p:healt	0.0303	0.0813
p:heavi	0.386	-0.183
p:hecti	-0.0746	0.286
p:helpd	0.0139	0.0742
p:helpe	-0.279	0.255
p:helpf	0.226	0.283
p:helpi	-0.59	-0.321
p:hereb	0.119	0.00426
p:hiccu	-0.257	0.257
p:histo	0.455	-0.142
p:holdi	-0.0627	0.294
p:holid	0.341	-0.208
p:hones	0.0574	0.52
p:hopin	0.159	-0.134
p:hotfi	0.0605	0.282
p:hourl	0.412	0.027
p:howev	0.212	0.0906
p:hundr	0.524	-0.0309
p:hurti	0.422	0.072
p:ibrah	-0.0536	0.19
p:ident	-0.575	-0.518
p:ignor	0.418	0.0482
p:impac	-0.118	-0.0696
p:impor	0.228	0.0473
p:impre	-0.223	0.533
p:impro	0.292	-0.00891
p:incid	-0.517	-0.444
p:inclu	-0.466	-0.325
p:incon	-0.726	-0.726
p:indef	0.187	-0.168
p:indep	0.473	-0.115
p:infor	-0.187	-0.124
p:infra	0.0856	0.416
p:initi	-0.0304	0.148
p:insta	-0.501	-0.313
p:inste	-0.527	-0.264
p:instr	0.102	0.0345
p:integ	0.0516	0.276
p:inten	0.167	-0.111
p:inter	-0.464	-0.365
p:inves	-0.27	-0.263
p:invit	0.163	-0.0429
p:invoi	-0.0306	0.242
p:invok	0.328	0.108
p:invol	0.336	-0.129
p:issui	0.375	0.059
p:itsel	0.302	0.0899
p:janua	0.0832	-0.0852
p:joaqu	0.0563	0.198
p:judge	-1.08	-0.603
p:jumpi	0.208	0.31
p:jury'	-0.403	-0.585
p:keepi	-0.0199	0.403
p:kindl	0.16	-0.1
p:knowi	0.0801	0.51
p:knowl	0.058	0.641
p:laten	0.0704	0.159
p:lates	0.57	0.0224
p:launc	0.103	0.136
p:leade	0.253	-0.053
p:learn	0.448	-0.134
p:leave	0.189	-0.112
p:ledge	-0.123	0.313
p:legen	-0.0736	0.806
p:lette	0.589	0.15
p:letti	0.431	-0.155
p:level	0.473	-0.115
p:licen	0.466	-0.0383
p:light	-0.343	-0.59
p:lisbo	-0.346	-0.591
p:loadi	-0.132	0.783
p:logge	0.404	-0.00423
p:loggi	-0.368	-0.32
p:longe	-0.269	0.312
p:looke	-0.252	-0.25
p:looki	-0.767	-0.951
p:loopi	-0.731	-0.693
p:losin	0.359	-0.0394
p:loudl	0.332	-0.0824
p:lovel	0.595	-0.425
p:lovin	0.586	0.00117
p:mailb	-0.198	-0.245
p:maint	-0.746	-0.0806
p:makin	0.228	-0.0443
p:manag	0.133	0.0893
p:manda	0.345	-0.0967
p:manua	-0.0441	0.257
p:marcu	0.155	0.45
p:marke	0.58	0.125
p:maste	0.0936	-0.0308
p:match	-0.123	0.313
p:mater	0.201	-0.0819
p:matri	-0.166	-0.262
p:matte	0.317	-0.0449
p:maya'	-0.137	0.422
p:meanw	0.483	0.181
p:meeti	-0.332	-0.15
p:memor	0.0995	0.596
p:menti	0.458	-0.128
p:merch	-0.0879	0.449
p:messa	0.324	-0.0471
p:metri	-0.547	-0.469
p:middl	0.546	0.0115
p:midni	0.583	-0.0118
p:migra	-0.267	0.334
p:minor	0.404	-0.00423
p:minut	0.125	-0.0837
p:misco	-0.265	0.266
p:miser	0.589	-0.0183
p:misse	0.0405	0.208
p:missi	0.264	-0.0637
p:mista	0.215	0.00444
p:mitig	0.59	0.295
p:mobil	0.554	0.0499
p:modul	-0.512	0.0974
p:monda	0.0179	-0.516
p:monit	-0.438	-0.217
p:month	0.0781	0.26
p:morni	-0.533	-0.504
p:movin	-0.245	0.338
p:neede	0.305	0.246
p:nervo	-0.0623	0.0866
p:netwo	-0.36	0.27
p:nicel	-0.0759	0.156
p:night	0.0788	0.169
p:nobod	0.656	0.242
p:nothi	0.57	0.256
p:notic	-0.0402	0.275
p:notif	-0.567	-0.439
p:novem	1.11	0.512
p:numbe	-1.86	-0.826
p:nurse	-0.0547	0.287
p:obser	-0.699	-0.473
p:octob	0.353	0.294
p:offic	-0.567	-0.475
p:offli	0.353	-0.0167
p:onboa	-0.148	0.35
p:ongoi	-0.437	-0.302
p:opene	-0.567	-0.407
p:opera	0.784	0.365
p:optio	0.59	0.179
p:order	0.495	0.115
p:organ	-0.0316	0.363
p:origi	-0.375	-0.467
p:other	0.59	0.295
p:ourco	-0.366	-0.22
p:outag	-0.146	-0.577
p:outco	0.023	-0.00406
p:outsi	-0.518	-0.318
p:outst	-0.0377	0.636
p:overn	-0.0085	0.265
p:ownin	0.215	0.00444
p:painf	-0.128	0.312
p:painl	-0.242	0.556
p:palpa	-0.0484	0.362
p:paral	-0.572	-0.419
p:parce	-0.0891	0.336
p:parti	-0.505	-0.475
p:partn	0.151	-0.0847
p:passe	-0.222	0.309
p:passw	0.584	0.117
p:patch	-0.00499	0.0299
p:patie	0.0985	0.282
p:pause	0.537	-0.0558
p:payin	0.259	-0.149
p:payme	0.193	-0.0024
p:payro	0.152	0.17
p:penal	0.405	0.0757
p:pendi	0.175	-0.154
p:peopl	0.512	0.465
p:perce	0.59	0.295
p:perfe	0.111	0.428
p:perfo	0.132	0.477
p:perio	0.534	0.167
p:perma	0.428	0.0364
p:piete	-0.0682	0.317
p:pilin	0.585	-0.0849
p:pipel	-0.0234	0.187
p:plann	-0.414	0.114
p:platf	-0.067	0.297
p:pleas	-0.161	0.00864
p:point	-0.359	-0.353
p:porta	0.309	-0.073
p:possi	-0.384	-0.296
p:poste	-0.0165	0.314
p:postm	-0.384	-0.352
p:pract	0.313	-0.254
p:prefe	0.589	0.15
p:premi	0.32	-0.27
p:prepa	0.184	0.0129
p:prett	0.407	0.162
p:proac	0.148	0.39
p:probl	-0.155	0.307
p:proce	1.77	0.00982
p:procu	0.369	0.0285
p:produ	0.443	-0.193
p:profe	-0.0291	0.217
p:promi	0.189	0.178
p:propo	0.066	-0.0521
p:provi	0.19	-0.261
p:publi	-0.451	-0.583
p:purch	0.295	0.0804
p:pursu	0.33	0.112
p:quali	0.0685	0.127
p:quart	0.547	0.476
p:quest	-0.524	-0.555
p:quick	0.0699	-0.0382
p:raise	-0.404	0.252
p:raisi	0.416	0.0375
p:rathe	-0.135	-0.693
p:reali	0.32	0.0587
p:reall	0.331	0.624
p:reass	-0.04	-0.688
p:rebui	-0.447	0.00499
p:recei	-0.221	0.245
p:recen	0.372	0.113
p:recog	0.494	-0.0516
p:recom	0.0375	0.47
p:recon	0.22	-0.336
p:recor	-0.0285	-0.405
p:recov	-0.201	0.309
p:redep	0.57	0.0512
p:refer	-0.303	-0.319
p:refle	0.585	0.114
p:refre	0.119	-0.0497
p:refun	0.534	0.167
p:regar	0.216	0.136
p:regio	-0.404	-0.501
p:regre	0.613	-0.0287
p:regul	0.285	-0.0453
p:rejec	0.458	-0.128
p:relat	0.0943	-0.648
p:relax	-0.171	0.173
p:relea	0.458	0.249
p:relia	0.271	0.213
p:relie	-0.0625	0.517
p:remai	-0.441	-0.317
p:remed	0.632	-0.295
p:renew	0.0182	0.116
p:reope	0.556	0.0588
p:repea	0.328	-0.0437
p:repli	-0.55	-0.297
p:repor	-0.185	0.124
p:reput	0.408	0.108
p:reque	-0.592	-1
p:requi	0.586	0.0131
p:resch	-0.000685	0.0128
p:reser	-0.439	-0.295
p:resol	1.33	0.575
p:resou	0.32	0.0587
p:respo	-0.122	0.0849
p:resta	-0.218	-0.0975
p:resto	-0.0777	0.426
p:resul	-0.224	0.368
p:reten	-0.543	-0.551
p:rever	-0.723	-0.79
p:revie	0.04	-0.821
p:revis	-0.278	-0.207
p:ridic	0.467	0.0421
p:risin	0.59	0.295
p:roadm	-0.902	-0.302
p:rollb	0.784	-0.322
p:rolle	0.369	0.0433
p:rollo	-0.0287	0.243
p:rotat	-0.667	-0.708
p:route	-0.457	-0.316
p:routi	-0.51	-0.622
p:runbo	-0.827	-0.306
p:runni	-0.384	0.275
p:satis	-0.093	0.629
p:satur	-0.442	-0.448
p:scann	-0.00961	0.0904
p:scept	-0.0669	0.214
p:sched	0.268	-0.397
p:scrip	0.0487	0.136
p:seaml	-0.00115	0.383
p:searc	0.127	0.404
p:secon	-0.331	0.0185
p:secti	0.18	0.0299
p:secur	-0.864	-0.617
p:seein	0.295	-0.294
p:sendi	-0.363	-0.316
p:senio	0.59	0.295
p:separ	-0.544	-0.483
p:septe	0.36	0.0414
p:serio	0.378	0.00302
p:serve	-0.0962	0.546
p:servi	-0.233	0.204
p:sessi	-0.445	-0.0383
p:setti	-0.543	-0.551
p:sever	-0.289	-0.296
p:shake	0.573	0.00262
p:share	-0.974	-0.656
p:shipp	-0.0143	0.103
p:shoul	-0.906	-0.528
p:showe	-0.0623	0.0866
p:signe	-0.53	-0.418
p:silen	0.342	-0.239
p:since	0.205	-0.0242
p:singl	0.374	-0.0233
p:siste	0.0375	0.47
p:situa	-0.124	0.469
p:skept	-0.282	0.308
p:sleep	0.0177	0.0903
p:sligh	-0.159	-0.496
p:slipp	0.21	-0.0451
p:smoot	-0.1	0.325
p:socia	0.332	-0.0824
p:solut	-0.184	0.427
p:solve	0.42	-0.057
p:someo	1.26	0.043
p:somet	0.546	-0.436
p:sorte	-0.0404	0.558
p:sorti	0.00263	0.517
p:speci	-0.157	0.401
p:spike	0.357	0.0843
p:spons	0.638	0.276
p:spott	-0.00128	0.303
p:sprin	-0.197	0.119
p:stabl	-0.801	0.827
p:staff	0.328	-0.0563
p:stagi	-0.521	-0.553
p:stand	-0.143	-0.0814
p:stari	0.178	-0.125
p:start	1.2	0.395
p:statu	0.144	-0.319
p:staye	-0.0973	0.331
p:stayi	0.0285	0.339
p:stead	0.461	-0.136
p:steer	0.445	-0.0332
p:stick	0.0138	0.462
p:stipu	0.586	0.0131
p:stopp	0.186	0.127
p:stora	0.084	0.276
p:store	0.0592	0.689
p:strea	0.438	-0.155
p:stres	-0.174	0.399
p:stude	0.0117	-0.00391
p:subje	-0.0632	-0.473
p:subsc	-0.52	-0.298
p:sugge	0.524	-0.0309
p:summa	-0.00659	-0.0958
p:sunda	-0.31	-0.00336
p:super	0.131	0.323
p:suppo	0.483	0.44
p:surpr	0.157	0.157
p:suspe	0.297	-0.0625
p:susta	0.537	-0.0558
p:switc	0.0762	0.655
p:synce	-0.183	0.422
p:syste	0.261	-0.0986
p:table	0.694	-0.0334
p:takin	0.166	-0.0542
p:talen	0.298	-0.0557
p:targe	-0.593	-0.444
p:teach	0.0524	0.291
p:team'	-0.0623	0.0866
p:templ	0.113	-0.0148
p:tenan	-0.239	-0.176
p:tende	0.587	0.129
p:terri	0.655	-0.173
p:teste	0.0259	0.659
p:testi	-0.364	-0.305
p:thank	-0.0169	0.401
p:that'	0.193	0.2
p:there	0.216	0.307
p:thing	-0.132	0.418
p:thoro	0.129	0.271
p:thoug	0.134	0.0327
p:threa	-0.339	-0.53
p:thril	0.147	0.423
p:throu	0.134	0.147
p:thumb	0.234	0.388
p:thurs	-0.558	-0.293
p:ticke	-0.428	-0.838
p:timel	0.0717	-0.0959
p:timeo	0.681	-0.366
p:times	-0.282	-0.206
p:timin	0.809	-0.283
p:today	-0.591	-0.347
p:tomor	-0.316	-0.388
p:tonig	-0.302	-0.137
p:total	-0.483	-0.346
p:track	-0.511	0.0281
p:traff	-0.45	-0.575
p:train	-0.646	-0.138
p:trans	0.387	-0.148
p:triag	-0.307	-0.33
p:trigg	0.584	0.0362
p:troub	0.00401	0.114
p:trust	-0.23	0.361
p:tryin	0.581	0.0702
p:tuesd	0.0911	0.0876
p:turna	-0.2	0.772
p:turne	-0.294	0.296
p:turni	-0.0262	0.28
p:twent	-0.0513	0.234
p:ubunt	-0.702	-0.703
p:ultim	0.701	0.157
p:unacc	0.554	-0.0225
p:unava	0.204	0.0623
p:unblo	-0.178	0.413
p:uncle	-0.122	-0.0849
p:under	0.282	-0.0163
p:unfor	0.238	-0.00109
p:unfou	-0.294	0.296
p:unhap	0.439	-0.112
p:unhel	0.627	-0.108
p:unrel	0.664	-0.373
p:untou	0.451	-0.14
p:unusa	0.156	-0.135
p:unusu	-0.579	-0.37
p:updat	-0.00773	-0.289
p:upgra	-0.0451	0.461
p:uploa	-0.591	-0.347
p:uptim	0.216	0.129
p:urgen	0.693	-0.0133
p:usefu	0.137	0.328
p:usele	0.464	-0.0742
p:valid	-0.786	-0.578
p:valua	-0.042	0.529
p:vendo	0.678	0.468
p:verdi	-0.437	-0.374
p:versi	-0.788	-0.848
p:waiti	-0.223	-0.264
p:wakin	0.287	-0.0958
p:walki	-0.184	0.376
p:walkt	0.0342	0.401
p:wante	-0.445	0.467
p:wareh	-0.141	0.236
p:warni	0.0461	0.602
p:wasti	0.544	0.0762
p:watch	-0.434	-0.584
p:weari	0.233	-0.0101
p:webho	-0.442	-0.516
p:wedne	1.05	0.447
p:week'	-0.436	-0.372
p:weeke	0.0133	-0.0303
p:weekl	-0.321	0.375
p:welco	0.335	-0.0271
p:what'	-0.344	-0.33
p:whate	-0.0392	0.394
p:wheth	-0.953	-0.686
p:windo	-0.443	-0.468
p:withh	0.404	0.0555
p:withi	0.287	0.284
p:witho	0.189	0.0885
p:wobbl	-0.0182	0.13
p:wonde	0.264	0.0533
p:worka	0.518	0.287
p:worke	-0.992	-0.239
p:workf	0.0509	-0.00281
p:worki	0.365	0.281
p:worry	-0.0311	0.451
p:writi	0.198	0.0756
p:writt	0.668	-0.211
p:yeste	-0.44	-0.578
p:you'r	0.166	-0.0542
p:you'v	0.326	0.287
p:zaina	0.114	0.651
r:0	0.208	-0.259
r:n	0.472	-0.0374
r:none	-0.611	-0.433
r:p	0.00498	0.514
req:0	-0.451	-0.492
req:n	0.404	-0.0655
req:p	-0.187	0.565
rs	-0.107	0.128
s:0	0.0424	-0.21
s:n	0.415	-0.0536
s:p	0.00499	0.376
sarc	0.428	-0.00358
v:+1	0.108	0.15
v:+2	0.118	0.427
v:-1	0.229	-0.0409
v:-2	0.524	0.00704
w:a	0.615	0.331
w:about	-0.379	0.291
w:absolutely	0.472	0.102
w:accept	0.298	0.029
w:access	-0.496	-0.404
w:accordingly	-0.604	-0.56
w:account	-0.217	-0.26
w:accountants	-0.0141	0.319
w:accounts	-0.527	-0.431
w:accurate	0.3	0.187
w:ack	-0.781	-0.751
w:acknowledgement	0.223	-0.179
w:action	0.294	-0.0167
w:actions	0.233	-0.0101
w:actually	0.577	-2.72e-15
w:add	-0.404	-0.371
w:added	-0.531	-0.525
w:adding	-0.565	-0.535
w:additional	0.295	0.0804
w:address	-0.701	-0.757
w:adequately	0.32	0.0587
w:admin	-0.539	-0.386
w:administrators	-0.531	-0.525
w:adopt	0.00328	0.594
w:advance	0.0801	0.51
w:advice	0.521	-0.0853
w:advise	0.41	-0.00757
w:advised	0.591	0.216
w:affected	-0.148	-0.206
w:affects	-0.155	-0.0993
w:after	0.117	0.262
w:afternoon	0.422	0.062
w:afterwards	-0.167	-0.0968
w:again	0.495	0.516
w:against	-0.368	-0.32
w:agenda	-0.498	-0.483
w:agent	-0.717	-0.685
w:agents	0.0669	0.0622
w:agreed	0.289	0.08
w:agreement	0.728	0.241
w:ah	0.574	-0.133
w:ahead	0.132	0.69
w:ahmed	-0.514	-0.578
w:ai	0.582	0.00811
w:aisha	0.0466	0.303
w:alert	0.0353	0.0939
w:alerting	-0.222	0.346
w:alerts	0.048	-0.00587
w:alive	0.281	0.1
w:all	0.0224	0.155
w:allows	0.0565	-0.0121
w:already	-0.28	0.309
w:also	0.447	-0.0489
w:although	0.407	0.0735
w:always	0.292	0.419
w:am	0.0126	0.123
w:amara	-0.204	0.364
w:amazing	0.404	-0.18
w:an	0.855	-0.535
w:ana	0.0258	0.242
w:analysis	0.397	0.0587
w:analysts	-0.715	-0.566
w:and	0.144	0.498
w:angry	-0.179	0.393
w:anna	0.0691	0.729
w:annual	0.331	0.111
w:another	0.48	-0.166
w:answer	0.403	-0.104
w:answered	0.547	-0.0544
w:any	-0.528	-0.274
w:anything	-0.164	-0.186
w:apac	-0.52	-0.298
w:api	-0.423	-0.00114
w:apologies	0.205	-0.0242
w:apologise	0.292	0.0959
w:apologising	0.0822	-0.00371
w:apology	0.562	0.236
w:app	0.54	0.0458
w:appalling	0.581	-0.226
w:applies	0.263	0.0385
w:appreciate	0.333	0.00889
w:appreciated	0.375	0.021
w:approach	-0.444	-0.585
w:approved	-0.269	-0.359
w:architects	-0.0321	-0.0163
w:architecture	-0.176	0.0367
w:are	0.376	0.16
w:around	0.014	0.256
w:arrange	0.228	0.00488
w:arrive	-0.0834	0.425
w:arrived	0.306	-0.0107
w:as	0.74	0.903
w:asap	0.838	0.0778
w:asked	1.22	0.121
w:asking	0.0248	0.0893
w:assigned	-0.563	-0.606
w:at	-0.0666	-0.444
w:attach	-0.591	-0.455
w:attached	-0.342	-0.306
w:attaching	-0.431	-0.424
w:attempt	-0.0623	0.0866
w:audit	0.242	0.233
w:auditors	0.32	-0.0663
w:august	0.191	-0.0325
w:automated	0.304	-0.287
w:availability	0.38	-0.00147
w:away	0.35	-0.228
w:awesome	0.211	-0.0259
w:awful	0.557	-0.346
w:b	0.586	0.0131
w:back	0.118	0.508
w:backlog	-0.498	0.501
w:backup	-0.106	-0.155
w:backups	0.278	0.179
w:bad	0.457	-0.108
w:badly	0.573	0.00262
w:balancer	-0.548	-0.598
w:based	-0.346	-0.591
w:basket	0.388	-0.0406
w:batch	0.107	0.107
w:batches	-0.568	-0.456
w:be	-0.189	-0.047
w:bearable	-0.201	0.471
w:beatriz	-0.0446	0.473
w:beautifully	0.135	0.581
w:because	0.365	-0.09
w:been	0.522	0.611
w:before	-0.429	-0.388
w:begun	0.609	0.13
w:behaves	-0.576	-0.434
w:being	0.422	-0.155
w:ben	0.00409	0.465
w:best	-0.73	-0.1
w:better	-0.856	-0.195
w:between	-0.126	0.335
w:beyond	0.119	0.00426
w:bid	0.587	0.129
w:big	-0.259	0.423
w:billing	-0.529	-0.403
w:bit	-0.212	0.236
w:black	-0.226	-0.23
w:blames	0.348	-0.00376
w:blank	0.502	-0.141
w:board	0.576	-0.254
w:booked	-0.487	-0.66
w:bookings	0.0948	-0.0858
w:boring	-0.287	0.29
w:both	-0.146	-0.143
w:branches	0.438	-0.155
w:breach	0.473	0.0931
w:breaches	0.421	0.0993
w:break	0.427	0.0107
w:breakdown	0.588	0.239
w:breaking	0.504	-0.12
w:breaks	0.0509	-0.00281
w:breath	-0.0237	0.537
w:breathe	-0.207	0.36
w:breathing	0.163	0.781
w:bridge	-0.439	-0.154
w:brilliant	0.829	0.000295
w:brings	0.0509	-0.00281
w:broke	0.383	-0.0786
w:broken	0.342	-0.02
w:bug	-0.97	-0.8
w:build	-0.613	-0.809
w:built	0.34	0.444
w:bumpy	-0.0759	0.156
w:busiest	0.931	-0.0226
w:business	0.182	0.403
w:busy	0.5	-0.0879
w:but	-0.164	-0.137
w:by	-0.185	-0.219
w:cache	-0.59	-0.321
w:caches	0.524	-0.0309
w:caching	-0.403	-0.585
w:call	-0.317	-0.686
w:called	-0.0513	0.234
w:calling	0.127	-0.106
w:calls	-0.306	-0.198
w:calm	0.0261	0.189
w:calmer	0.158	0.36
w:came	0.0452	0.566
w:can	-0.352	-0.0222
w:cancel	0.295	0.0238
w:cannot	0.619	-0.393
w:care	0.0425	-0.0376
w:cares	0.0895	-0.0629
w:case	0.472	0.118
w:catalogue	0.199	-0.185
w:catching	-0.196	0.343
w:caught	-0.282	0.308
w:cause	0.291	-0.286
w:caused	0.384	-0.186
w:cautiously	-0.226	-0.23
w:ceased	0.278	0.85
w:ceo	0.155	0.0167
w:cet	-0.466	-0.396
w:cfo	0.224	-0.0205
w:change	-0.0657	0.0754
w:changed	-0.388	-0.2
w:changes	0.00328	0.594
w:check	-0.757	-0.401
w:checking	-1.39	-1.59
w:checkout	0.143	0.687
w:checkpoint	-0.157	-0.233
w:checks	0.00919	0.0193
w:cheered	0.0314	0.57
w:cheers	-0.0115	0.9
w:chief	0.576	0.247
w:choosing	0.613	-0.0287
w:churn	0.339	0.013
w:circle	-0.269	-0.243
w:circulate	-0.118	-0.0696
w:classic	0.574	-0.133
w:classified	0.18	-0.00672
w:clause	0.385	-0.106
w:clean	-0.187	0.4
w:cleanest	-0.016	0.201
w:cleanly	-0.0618	0.434
w:clear	-0.316	0.749
w:cleared	-0.0185	0.433
w:clearest	0.277	0.585
w:clearly	0.209	0.0799
w:client	0.203	-0.0679
w:clients	0.292	0.0959
w:clinics	0.328	-0.0563
w:close	-0.217	0.0312
w:closed	0.0848	-0.469
w:closes	0.408	-0.183
w:cluster	-0.325	0.554
w:coincidence	-0.416	-0.59
w:collaboration	-0.126	0.335
w:collecting	-0.153	-0.22
w:come	-0.171	-0.12
w:coming	-0.0925	0.394
w:commander	-0.677	-0.536
w:commercial	0.0781	-0.0341
w:committee	0.38	-0.0213
w:communicated	-0.224	0.817
w:communication	0.334	0.125
w:company	0.566	0.731
w:compare	-0.113	-0.139
w:compensation	0.475	0.00198
w:complaining	0.332	-0.0824
w:complaints	0.313	0.036
w:complete	0.0301	0.141
w:completed	-0.0772	0.452
w:completely	0.238	0.204
w:compliance	-0.46	-0.303
w:compliment	0.017	0.0363
w:concept	0.396	0.0656
w:concerned	0.515	0.0135
w:conclusions	-0.451	-0.583
w:conference	-0.298	-0.454
w:confidence	0.185	0.0806
w:confident	0.282	0.919
w:config	0.0676	0.349
w:configuration	0.321	0.236
w:confirm	-1.73	-0.99
w:confirmation	-0.525	-0.711
w:confirmed	-0.263	0.32
w:confirms	-0.444	-0.258
w:confusion	0.102	0.244
w:congrats	0.582	0.00811
w:congratulations	0.358	-0.0327
w:connection	0.322	0.0543
w:connector	0.524	-0.0309
w:consider	0.201	-0.0819
w:considered	0.296	-0.277
w:considering	0.0565	-0.0121
w:consistency	0.324	-0.169
w:consistently	-0.277	0.557
w:constant	0.865	0.121
w:constitutes	0.671	0.275
w:contact	-0.467	-0.317
w:contains	-0.442	-0.516
w:contract	0.103	-0.572
w:contradicted	0.205	0.0219
w:conversation	0.177	0.0454
w:conversion	0.0801	0.274
w:coo	0.284	-0.00441
w:cool	0.704	0.0329
w:copied	0.43	-0.3
w:copy	-0.35	-0.397
w:cordial	0.412	-0.0172
w:correct	-0.0331	0.946
w:corrected	0.404	0.0555
w:correspondence	0.214	-0.121
w:corrupting	0.238	-0.0211
w:could	-0.194	-0.762
w:counsel	0.39	0.131
w:count	0.466	-0.0383
w:counts	-0.439	-0.425
w:couple	-0.571	-0.311
w:covering	0.49	0.177
w:covers	-0.334	-0.542
w:cr	-0.52	-0.702
w:crash	-0.591	-0.347
w:crashed	0.362	-0.129
w:crashes	-0.141	0.415
w:credit	1.04	0.24
w:credits	0.347	-0.215
w:crisis	0.0542	0.592
w:cto	-0.559	-0.367
w:current	0.415	0.126
w:customer	0.0796	0.184
w:customers	0.695	0.618
w:cutover	-0.248	0.315
w:cycle	-0.584	-0.304
w:daily	-0.128	0.617
w:damage	0.397	0.141
w:danger	0.029	0.587
w:daniel	0.0629	0.322
w:dashboard	-0.0741	-0.172
w:dashboards	0.113	0.32
w:data	-0.83	-0.572
w:database	-0.123	-0.184
w:date	-0.965	-0.384
w:day	0.32	0.232
w:day's	0.0948	-0.0858
w:days	0.239	0.125
w:db	-0.0283	0.284
w:dba	-0.472	-0.209
w:deadline	0.0748	-0.0195
w:dean	0.0117	-0.00391
w:debugging	-0.204	0.364
w:decide	-0.104	-0.168
w:decision	0.386	-0.183
w:deducting	0.263	0.0385
w:deeply	0.598	-0.0243
w:default	-0.543	-0.551
w:defects	0.404	0.0555
w:defend	0.128	-0.0686
w:degraded	0.524	-0.0292
w:degraded'	0.533	-0.0405
w:delay	-0.184	0.427
w:deletes	0.586	0.00117
w:delighted	-0.0328	0.603
w:delivered	0.0671	0.653
w:delivery	-0.0235	0.375
w:demo	0.39	0.0624
w:department	0.359	-0.00737
w:dependable	0.0145	0.631
w:deploying	-0.869	-0.901
w:deployment	0.277	0.164
w:deployments	-0.155	-0.0993
w:describe	-0.529	-0.4
w:desk	-0.92	0.00344
w:detailed	0.535	-0.00384
w:developers	-0.399	-0.325
w:diagnosis	-0.0552	0.601
w:diagram	-0.541	-0.591
w:did	-0.49	0.639
w:died	0.476	-0.06
w:difference	-0.389	-0.423
w:different	-0.446	-0.263
w:difficult	-0.575	-0.302
w:dimitri's	0.277	0.585
w:direct	-0.421	-0.314
w:director	1.11	0.48
w:disagree	0.189	-0.112
w:disappeared	0.0461	0.602
w:disappointed	0.625	-0.0926
w:disaster	0.438	-0.1
w:discuss	0.393	-0.175
w:disputed	0.102	0.0345
w:distribution	-0.431	-0.4
w:dmitri	0.0625	0.662
w:dns	-0.252	-0.325
w:do	-0.129	-0.451
w:document	-0.269	-0.359
w:documentation	0.188	0.196
w:documenting	0.33	0.112
w:does	0.0981	-0.0651
w:doing	0.199	-0.0702
w:done	-0.0205	0.237
w:doubted	-0.282	0.308
w:doubts	-0.245	0.338
w:down	-0.0949	0.39
w:downhill	0.297	-0.287
w:downtime	-0.557	-0.439
w:draft	0.586	0.00117
w:drained	-0.0194	0.116
w:dreading	-0.271	0.273
w:dried	-0.191	0.401
w:drift	-0.108	0.361
w:driver	-0.141	0.415
w:drivers	-0.00208	0.387
w:drops	0.524	-0.0309
w:due	0.588	0.239
w:duplicate	-0.498	0.0272
w:duplicated	0.725	-0.254
w:during	0.275	0.156
w:duty	-0.388	-0.396
w:each	0.085	-0.0245
w:early	-0.128	-0.078
w:easy	0.00328	0.594
w:effort	0.361	-0.111
w:eight	-0.0804	0.162
w:elena	-0.0786	0.265
w:eleven	0.407	-0.076
w:else	0.32	-0.27
w:else's	0.448	-0.134
w:email	0.205	0.0219
w:emails	-0.593	0.7
w:embarrassing	0.362	-0.22
w:emergency	-0.0958	0.136
w:empty	-0.111	0.617
w:end	0.0278	0.199
w:ended	0.305	-0.11
w:endpoint	-0.316	-0.505
w:ends	-0.74	-0.714
w:engagement	-0.0989	0.259
w:engineer	0.101	0.234
w:engineers	-0.133	0.0275
w:enterprise	-0.662	-0.679
w:entire	0.455	-0.142
w:entirely	0.129	0.687
w:environment	-0.569	-0.551
w:error	-0.563	-0.388
w:errors	0.0369	0.349
w:escalate	0.541	0.235
w:escalated	0.16	-0.083
w:escalating	0.314	0.0211
w:escalation	-0.816	-0.62
w:eta	-0.56	-0.533
w:eu	-0.0319	-0.508
w:evaluate	-0.417	-0.452
w:evaluating	-0.592	-0.511
w:evening	-0.375	-0.188
w:event	0.277	-0.0768
w:ever	-0.0232	0.0927
w:every	0.437	-0.208
w:everyone	0.663	-0.432
w:everything	0.227	0.533
w:exactly	-0.0256	0.545
w:exam	-0.0077	0.123
w:example	-0.366	-0.22
w:examples	0.464	-0.0742
w:excellent	-0.154	0.46
w:execs	-0.0106	0.025
w:executive	0.633	0.191
w:exhausted	0.588	0.0252
w:existing	-0.529	-0.485
w:exit	0.584	0.0362
w:expand	0.284	-0.00441
w:expansion	0.537	-0.0558
w:expect	0.288	-0.267
w:expectations	-0.0228	0.323
w:expected	0.133	0.592
w:experience	0.411	-0.101
w:explain	0.295	0.0317
w:explained	-0.169	0.422
w:explanation	0.307	0.233
w:explanations	-0.137	0.422
w:export	0.233	-0.00442
w:exports	0.832	-0.302
w:exposed	0.459	-0.0884
w:extensions	0.128	-0.0686
w:extremely	0.477	-0.11
w:eye	-0.447	-0.327
w:fabulous	0.283	0.0843
w:failed	0.123	-0.398
w:failing	0.304	0.0567
w:failover	0.368	0.0223
w:fails	0.28	-0.301
w:failure	0.953	0.149
w:failures	0.247	-0.0293
w:fair	0.129	-0.0288
w:fantastic	0.271	0.15
w:fast	-0.116	0.29
w:faster	0.0733	0.241
w:fatima	-0.0701	0.287
w:fault	0.128	0.0302
w:faultless	-0.0623	0.0866
w:fears	0.0518	-0.0391
w:feature	0.391	-0.204
w:feature'	0.586	0.00117
w:features	0.582	0.00811
w:feedback	-0.377	-0.454
w:feel	0.47	0.0847
w:feels	-0.256	0.628
w:few	-0.158	0.166
w:field	0.585	-0.0849
w:file	-0.253	-0.302
w:files	-0.0811	0.376
w:final	-0.493	0.635
w:finally	0.109	0.934
w:finals	0.0117	-0.00391
w:finance	0.276	0.32
w:find	0.362	-0.175
w:findings	-0.44	-0.314
w:fine	0.225	-0.0825
w:finish	0.0193	0.451
w:finished	0.305	-0.138
w:fired	0.048	-0.00587
w:firefighting	0.0574	0.525
w:fires	0.167	-0.111
w:firing	0.0567	0.294
w:first	-0.0632	0.228
w:fiscal	-0.74	-0.714
w:five	0.586	0.0131
w:fix	-0.129	-0.0308
w:fixed	-0.288	0.421
w:fixes	-0.171	0.173
w:flagged	0.32	-0.0663
w:flawlessly	-0.211	0.9
w:flood	0.0184	0.325
w:floor	0.0405	0.558
w:flowing	-0.196	0.543
w:focused	-0.188	-0.282
w:folder	-0.591	-0.347
w:folks	-0.189	0.398
w:follow	-0.322	-0.297
w:following	0.103	-0.0832
w:for	0.234	0.0445
w:forever	-0.146	0.394
w:forgot	0.458	-0.128
w:form	-0.417	-0.345
w:formal	0.355	-0.0411
w:formally	0.0234	-0.131
w:format	0.294	-0.0167
w:fortnight	-0.283	0.283
w:forward	-0.267	-0.351
w:forwarded	-0.523	-0.48
w:found	-0.0302	0.35
w:four	0.427	-0.286
w:fourth	0.0517	-0.0111
w:frankly	0.053	-0.0116
w:freeze	-0.257	-0.216
w:freezing	0.499	0.0655
w:friday	0.253	0.0828
w:friday's	-0.397	0.0293
w:friendly	0.319	-0.118
w:from	-0.163	0.307
w:front	0.228	-0.0443
w:frustrated	-0.142	0.427
w:frustrating	0.153	0.0658
w:full	-0.523	-0.304
w:furious	0.584	-0.0698
w:further	0.361	0.0332
w:future	-0.601	-0.655
w:fyi	-1.04	-0.869
w:gabriel	-0.014	0.303
w:gap	0.484	-0.0613
w:gathering	-0.377	-0.454
w:gave	0.128	-0.0686
w:general	0.331	0.0722
w:genuinely	-0.0358	0.159
w:get	0.508	0.202
w:getting	0.253	-0.053
w:give	-0.79	-0.477
w:given	-0.207	0.344
w:glad	0.288	0.041
w:go	0.176	-0.316
w:goes	-0.28	-0.228
w:going	0.372	0.0634
w:gone	0.549	0.76
w:good	0.349	0.0402
w:goodwill	0.667	-0.0228
w:got	0.216	0.431
w:gracious	0.0116	0.0258
w:grade	0.0524	0.291
w:graph	-0.355	-0.329
w:grateful	-0.182	0.269
w:great	0.487	-0.103
w:green	0.0498	0.349
w:group	-0.536	-0.464
w:grouped	-0.363	-0.316
w:grown	-0.00896	0.532
w:grumbled	-0.28	0.309
w:had	-0.319	0.268
w:half	0.429	-0.295
w:hand	0.296	-0.229
w:handled	0.313	-0.146
w:handling	-0.00842	0.479
w:handover	0.04	0.279
w:hannah	-0.189	0.398
w:happened	0.388	0.0469
w:happier	-0.00585	0.0558
w:happily	-0.0724	0.59
w:happy	0.129	0.131
w:har	-0.431	-0.424
w:hard	-0.226	-0.665
w:harriet	0.126	0.474
w:has	-0.00432	-0.12
w:have	-0.05	0.177
w:he	-0.15	0.409
w:head	0.445	0.057
w:headache	0.103	-0.101
w:heads	0.441	-0.156
w:healthy	0.0303	0.0813
w:hear	0.326	-0.245
w:heard	0.361	-0.0612
w:heavily	0.386	-0.183
w:hectic	-0.0746	0.286
w:held	-0.0199	0.134
w:help	-0.311	0.545
w:helpdesk	0.0139	0.0742
w:helped	-0.279	0.255
w:helpful	0.226	0.283
w:helping	-0.59	-0.321
w:helps	0.451	-0.14
w:her	-0.0433	0.531
w:here	-0.148	0.335
w:hereby	0.119	0.00426
w:hiccups	-0.257	0.257
w:high	0.18	-0.00672
w:his	-0.312	0.383
w:history	0.455	-0.142
w:hit	0.479	0.275
w:hold	-1.03	-0.587
w:holding	-0.0627	0.294
w:holds	-0.343	-0.315
w:holiday	0.371	-0.188
w:holidays	-0.00499	0.0299
w:honest	0.0737	0.383
w:honestly	0.464	0.0735
w:hoped	0.017	0.0571
w:hoping	0.159	-0.134
w:hosts	-0.375	-0.188
w:hotfix	0.0605	0.282
w:hour	0.238	0.187
w:hourly	0.412	0.027
w:hours	0.516	-0.434
w:how	0.0166	-0.264
w:however	0.212	0.0906
w:huge	-0.0359	0.322
w:hugo	0.123	0.529
w:hundred	0.524	-0.0309
w:hurting	0.422	0.072
w:i	0.019	0.304
w:i'd	0.448	-0.134
w:i'll	0.361	-0.0612
w:i'm	0.443	-0.284
w:ibrahim	-0.0536	0.19
w:id	-0.522	-0.522
w:identity	-0.575	-0.518
w:ids	-0.187	-0.124
w:if	-0.33	-0.563
w:ignored	0.418	0.0482
w:impact	-0.118	-0.0696
w:import	0.228	0.0473
w:impressed	-0.223	0.533
w:improved	0.255	0.232
w:improvement	0.283	-0.269
w:improves	0.708	0.135
w:in	0.136	-0.335
w:inc	-0.373	-0.395
w:incident	-0.457	-0.444
w:incidents	-0.168	-0.182
w:include	-0.466	-0.325
w:inconclusive	-0.726	-0.726
w:indefensible	0.187	-0.168
w:independent	0.473	-0.115
w:index	0.126	0.433
w:ines	0.174	0.602
w:information	-0.187	-0.124
w:infrastructure	0.0856	0.416
w:initially	-0.0304	0.148
w:ins	-0.191	0.365
w:instability	0.284	-0.00441
w:install	-0.559	-0.305
w:instead	-0.527	-0.264
w:instructed	0.102	0.0345
w:integrated	-0.0705	0.184
w:integration	0.28	0.00617
w:integrity	0.515	0.0135
w:intentions	0.167	-0.111
w:interesting	0.518	0.125
w:internal	-0.361	-0.393
w:internally	-0.132	-0.167
w:into	-0.601	-0.52
w:investigating	-0.171	-0.193
w:investigation	-0.431	-0.424
w:invite	-0.33	-0.369
w:invited	0.587	0.129
w:invoice	0.422	-0.107
w:invoices	-0.159	0.328
w:invoking	0.328	0.108
w:involved	0.557	-0.00294
w:involves	-0.55	-0.297
w:irina	0.175	0.51
w:is	-0.101	-0.361
w:issue	0.217	-0.436
w:issuing	0.375	0.059
w:it	0.0576	-0.0834
w:it's	-0.0638	0.25
w:items	0.294	-0.0167
w:its	0.21	-0.0451
w:itself	0.302	0.0899
w:january	0.0832	-0.0852
w:jo	-0.527	-0.264
w:joaquin	0.0563	0.198
w:job	0.309	0.117
w:join	-0.417	-0.303
w:jonas	-0.206	0.382
w:jorge	-0.185	0.379
w:judgement	-1.08	-0.603
w:jumping	0.208	0.31
w:june	0.0507	0.196
w:jury	-0.51	-0.622
w:jury's	-0.403	-0.585
w:just	0.0456	-0.5
w:keep	-0.393	-0.637
w:keeping	-0.0199	0.403
w:keeps	0.0267	0.0455
w:keiko	-0.04	0.482
w:kenji	0.0535	0.365
w:kept	-0.295	0.295
w:key	-0.605	-0.613
w:keys	-0.256	-0.695
w:kind	0.0984	0.0688
w:kindly	0.16	-0.1
w:knew	0.0948	-0.0858
w:know	-0.304	-0.513
w:knowing	0.0801	0.51
w:knowledgeable	0.058	0.641
w:knows	0.03	0.3
w:kofi	0.0145	0.448
w:kudos	-0.188	0.489
w:lack	0.403	-0.0213
w:lag	-0.468	-0.271
w:lands	0.259	0.0414
w:last	-0.109	-0.0765
w:late	-0.141	0.291
w:latency	0.0704	0.159
w:later	0.0978	-0.04
w:latest	0.57	0.0224
w:launch	0.103	0.136
w:layer	-0.403	-0.585
w:lead	-0.641	-0.435
w:leadership	0.253	-0.053
w:leak	-0.132	0.291
w:learned	0.513	-0.078
w:leave	-0.527	-0.264
w:leaves	0.189	-0.112
w:ledger	-0.123	0.313
w:leeds	-0.475	-0.474
w:left	0.538	-0.0312
w:legal	0.292	-0.0215
w:legend	-0.0736	0.806
w:lena	-0.152	0.381
w:leo	0.0401	0.245
w:less	0.351	-0.184
w:let	-0.339	-0.31
w:let's	-0.614	-0.454
w:letter	0.589	0.15
w:letting	0.431	-0.155
w:level	0.439	-0.0377
w:levels	0.473	-0.115
w:lgtm	0.00641	0.943
w:licence	0.466	-0.0383
w:light	-0.111	-0.131
w:lighter	-0.343	-0.59
w:like	0.0665	-0.043
w:liked	0.354	-0.0173
w:lin	-0.701	-0.603
w:line	-0.248	-0.332
w:link	-0.408	-0.343
w:lisbon	-0.346	-0.591
w:list	-0.478	-0.285
w:live	0.285	-0.0919
w:load	-0.506	-0.428
w:load'	0.354	0.0518
w:loading	-0.132	0.783
w:lock	-0.0283	0.284
w:log	-0.762	-0.895
w:logged	0.404	-0.00423
w:logging	-0.368	-0.32
w:logic	-0.51	-0.622
w:login	0.567	0.0141
w:logs	0.0258	-0.293
w:longer	-0.269	0.312
w:look	0.0176	-0.138
w:looked	-0.252	-0.25
w:looking	-0.767	-0.951
w:looks	0.0851	0.295
w:loop	0.541	0.334
w:looping	-0.731	-0.693
w:losing	0.359	-0.0394
w:lost	0.266	-0.0265
w:lot	-0.657	0.888
w:loudly	0.332	-0.0824
w:love	0.348	0.107
w:lovely	0.6	-0.421
w:loves	-0.0025	0.125
w:loving	0.586	0.00117
w:low	0.301	-0.243
w:lower	0.0822	-0.00371
w:lucia	-0.00115	0.383
w:lukas	-0.19	0.595
w:lunch	0.317	0.00227
w:made	-0.122	0.547
w:mailbox	-0.198	-0.245
w:maintenance	-0.746	-0.0806
w:major	0.464	-0.127
w:make	0.03	0.3
w:making	0.228	-0.0443
w:managed	0.358	-0.0611
w:management	0.588	0.294
w:manager	-0.721	-0.382
w:managers	-0.149	0.219
w:mandatory	0.345	-0.0967
w:manual	-0.0441	0.257
w:many	0.0269	0.329
w:map	-0.146	0.394
w:march	0.0913	-0.126
w:marcus	0.155	0.45
w:marked	0.58	0.125
w:marks	0.324	-0.169
w:marta	0.0429	0.26
w:master	0.0936	-0.0308
w:matches	-0.123	0.313
w:mate	-0.0131	0.416
w:material	0.201	-0.0819
w:matrix	-0.166	-0.262
w:matter	0.437	-0.0234
w:mattered	0.0948	-0.0858
w:may	-0.812	-0.556
w:maya's	-0.137	0.422
w:maybe	0.582	0.00811
w:me	0.339	-0.296
w:meant	0.216	0.0169
w:meanwhile	0.483	0.181
w:media	0.332	-0.0824
w:meeting	-0.332	-0.15
w:mei	-0.287	0.0265
w:memory	0.0995	0.596
w:mention	0.458	-0.128
w:merchants	-0.0879	0.449
w:merge	-0.883	-0.569
w:message	0.0793	-0.0243
w:messages	0.584	-0.0698
w:metrics	-0.547	-0.469
w:middle	0.546	0.0115
w:midnight	0.583	-0.0118
w:might	-0.569	-0.596
w:migrating	-0.568	-0.456
w:migration	-0.158	0.396
w:minor'	0.404	-0.00423
w:minutes	0.125	-0.0837
w:misconfiguration	-0.265	0.266
w:miserable	0.589	-0.0183
w:missed	0.0405	0.208
w:missing	0.264	-0.0637
w:mistake	0.215	0.00444
w:mitigated	0.59	0.295
w:mobile	0.554	0.0499
w:module	-0.512	0.0974
w:monday	0.257	-0.338
w:monday's	-0.313	-0.236
w:mondays	-0.083	0.812
w:monitor	-0.751	-0.73
w:monitoring	-0.00408	0.139
w:month	0.022	-0.0972
w:months	0.0781	0.26
w:more	0.181	-0.361
w:morning	-0.233	0.186
w:mornings	-0.346	-0.591
w:most	0.147	0.0249
w:moved	-0.0544	0.479
w:moves	-0.312	-0.325
w:moving	-0.245	0.338
w:much	-0.0148	0.506
w:my	-0.221	0.321
w:nadia	-0.0729	0.491
w:nd	-0.484	-0.47
w:need	0.237	-0.0445
w:needed	0.305	0.246
w:nervous	-0.0623	0.0866
w:network	-0.464	-0.222
w:networking	-0.189	0.398
w:never	0.475	1.06
w:new	-0.413	0.178
w:news	0.793	0.0761
w:next	-0.454	-0.649
w:nia	0.0116	0.0258
w:nice	0.765	-0.339
w:nicely	-0.0759	0.156
w:nicer	0.501	-0.0292
w:night	0.683	0.409
w:nightly	-0.138	0.346
w:nightmare	0.518	-0.24
w:nine	0.109	-0.0951
w:no	-0.906	-0.258
w:nobody	0.666	0.238
w:nodes	-0.698	-0.818
w:noor	-0.0552	0.601
w:nope	0.902	0.0689
w:not	0.415	-0.1
w:notch	-0.473	0.688
w:note	0.28	-0.0311
w:noted	-0.696	-0.667
w:notes	-0.0487	-0.603
w:nothing	0.57	0.256
w:notice	0.442	-0.171
w:noticeably	-0.0261	0.291
w:noticed	-0.395	0.628
w:notification	-0.567	-0.439
w:november	1.11	0.512
w:now	0.449	1.02
w:np	0.0437	1.22
w:number	-0.75	-0.502
w:numbers	-0.673	0.101
w:nurses	-0.0547	0.287
w:observed	-0.699	-0.473
w:occur	0.284	-0.00542
w:october	0.353	0.294
w:of	-0.019	-0.402
w:off	-0.431	-0.855
w:offer	0.0914	-0.0853
w:office	-0.571	-0.504
w:officer	-0.0019	-0.0506
w:offline	0.353	-0.0167
w:oh	0.304	0.023
w:ok	-0.856	-0.418
w:old	-0.198	-0.201
w:ole	-0.0766	0.523
w:olu	-0.136	0.315
w:omar	0.19	0.444
w:on	-0.22	0.0521
w:onboarding	-0.148	0.35
w:once	-0.511	-0.402
w:one	-0.0752	-0.216
w:ongoing	-0.437	-0.302
w:only	0.379	-0.272
w:open	-0.738	-0.653
w:opened	-0.567	-0.407
w:operating	0.576	0.247
w:operational	0.0634	-0.0414
w:operations	0.575	0.288
w:ops	-0.45	-0.139
w:options	0.59	0.179
w:or	-0.346	-0.565
w:order	-0.156	-0.612
w:orders	0.495	0.115
w:organised	-0.0316	0.363
w:original	-0.375	-0.467
w:oscar	-0.128	0.533
w:other	0.283	-0.282
w:otherwise	0.59	0.295
w:our	0.206	0.103
w:ourcompany	-0.366	-0.22
w:out	-0.0307	0.382
w:outage	-0.148	-0.593
w:outages	-0.213	-0.26
w:outcome	0.023	-0.00406
w:outside	-0.518	-0.318
w:outstanding	-0.0377	0.636
w:over	0.0541	-0.0958
w:overnight	-0.0085	0.265
w:owed	0.594	0.28
w:own	-0.235	-0.133
w:owning	0.215	0.00444
w:owns	-0.868	-0.908
w:p1	-0.0895	-0.264
w:p1s	-0.24	-0.245
w:p2	-0.586	-0.627
w:page	0.571	-0.173
w:paged	0.407	-0.076
w:pager	0.0364	0.236
w:pages	0.178	-0.125
w:paid	-0.0628	0.103
w:painful	-0.182	0.338
w:painfully	0.696	-0.173
w:painless	-0.242	0.556
w:palpable	-0.0484	0.362
w:paper	0.313	-0.254
w:parallel	-0.572	-0.419
w:parcels	-0.0891	0.336
w:part	0.331	0.111
w:partial	-0.505	-0.475
w:partner	0.194	-0.147
w:partnership	0.0779	0.0183
w:pass	-0.157	0.366
w:passed	-0.222	0.309
w:password	0.584	0.117
w:past	0.0509	-0.00281
w:patch	0.639	-0.0271
w:patches	-0.00499	0.0299
w:path	-0.368	-0.337
w:patience	0.03	0.333
w:patient	0.12	0.218
w:paused	0.537	-0.0558
w:pavel	-0.0291	0.239
w:pay	0.164	0.0324
w:paying	0.259	-0.149
w:payment	0.193	-0.0024
w:payroll	0.152	0.17
w:pdf	-0.9	-0.561
w:peace	0.0364	0.236
w:peak	-0.0837	-0.112
w:penalties	0.585	0.114
w:penalty	0.263	0.0385
w:pending	0.175	-0.154
w:people	0.512	0.465
w:percent	0.59	0.295
w:perfect	0.145	0.442
w:perfectly	-0.0742	0.374
w:performance	0.132	0.477
w:period	0.534	0.167
w:permanent	0.428	0.0364
w:phase	0.404	0.0555
w:phew	-0.0812	0.617
w:phone	0.0883	0.154
w:pieter	-0.0682	0.317
w:piling	0.585	-0.0849
w:pilot	-0.536	-0.464
w:pipeline	-0.0234	0.187
w:pity	0.276	-0.0306
w:place	0.108	-0.0674
w:plan	0.0811	-0.145
w:planned	-0.414	0.114
w:platform	-0.067	0.297
w:play	0.215	0.00444
w:pleasant	0.0234	0.192
w:please	-0.106	-0.0913
w:pleased	0.336	0.0338
w:pleasure	-0.185	0.637
w:pls	-0.0226	-0.402
w:points	-0.359	-0.353
w:poor	0.454	-0.159
w:portal	0.309	-0.073
w:possibly	-0.384	-0.296
w:posted	-0.0165	0.314
w:postmortem	-0.384	-0.352
w:practice	0.313	-0.254
w:preferred	0.589	0.15
w:premium	0.32	-0.27
w:preparation	-0.0623	0.0866
w:prepare	0.295	-0.0221
w:pretty	0.407	0.162
w:price	-0.567	0.586
w:priya	-0.149	0.0148
w:proactive	0.148	0.39
w:problem	-0.15	0.329
w:problems	0.388	-0.265
w:procedure	0.328	0.108
w:process	1.29	-0.287
w:procurement	0.369	0.0285
w:product	0.61	-0.143
w:production	-0.314	-0.39
w:professional	-0.124	0.469
w:professionally	0.287	-0.287
w:promised	0.183	0.174
w:promising	0.558	0.0533
w:proof	0.396	0.0656
w:propose	0.369	0.00856
w:proposed	-0.135	-0.124
w:provide	0.471	0.107
w:provider	-0.77	-0.64
w:provisions	0.584	0.0362
w:published	-0.451	-0.583
w:purchase	0.295	0.0804
w:pursue	0.33	0.112
w:put	0.00346	0.331
w:q1	0.598	0.0357
w:qa	-0.316	-0.388
w:quality	0.0685	0.127
w:quarter	0.399	0.538
w:quarter's	0.339	0.013
w:question	0.3	-0.135
w:questionnaire	-1.01	-0.833
w:questions	-0.656	-0.585
w:queue	0.242	0.881
w:quick	0.062	0.0436
w:quickly	0.0699	-0.0382
w:quiet	-0.0468	0.329
w:quit	-0.0641	0.228
w:quote	0.344	-0.246
w:raised	-0.385	0.264
w:raising	0.416	0.0375
w:raj	-0.494	-0.33
w:ran	0.0475	0.218
w:rapid	-0.0682	0.317
w:rate	-0.0945	-0.235
w:rates	0.597	0.298
w:rather	-0.135	-0.693
w:ravi	-0.00165	0.396
w:rca	-0.219	-0.107
w:rd	-0.412	-0.383
w:re	0.587	0.129
w:read	-0.0303	-0.143
w:reads	0.386	-0.00181
w:ready	-0.0512	0.0614
w:real	-0.188	0.353
w:realistic	0.32	0.0587
w:really	0.331	0.624
w:reassigned	-0.494	-0.33
w:reassured	-0.185	0.352
w:reassuring	0.574	-0.133
w:rebuild	0.048	0.41
w:rebuilt	-0.476	-0.0233
w:receive	-0.134	0.436
w:received	-0.216	0.236
w:recent	0.372	0.113
w:recognise	0.494	-0.0516
w:recommend	-0.0724	0.59
w:recommending	0.0147	0.0328
w:reconciled	-0.36	-0.218
w:reconciliation	0.69	0.074
w:reconvene	-0.547	-0.469
w:recorded	0.204	0.0623
w:records	-0.427	-0.639
w:recovery	-0.201	0.309
w:redeploy	0.57	0.0512
w:reference	-0.422	-0.372
w:referred	0.359	0.00598
w:reflected	0.585	0.114
w:refresh	0.483	0.181
w:refreshed	-0.508	-0.435
w:refund	0.534	0.167
w:regarding	0.303	0.0661
w:regards	-0.0682	0.317
w:region	-0.171	-0.623
w:regional	-0.764	-0.556
w:regions	-0.193	0.319
w:regret	0.613	-0.0287
w:regular	0.285	-0.0453
w:rejects	0.458	-0.128
w:related	-0.665	-0.44
w:relation	0.212	0.076
w:relationship	0.629	-0.473
w:relax	-0.066	0.474
w:relaxed	-0.171	0.173
w:release	0.394	0.261
w:releases	0.481	-0.171
w:reliability	0.457	0.0963
w:reliable	-0.472	0.616
w:relief	-0.107	0.582
w:relieved	0.0259	0.352
w:remaining	-0.475	-0.354
w:remains	0.156	-0.135
w:remediation	0.296	-0.277
w:remedies	0.322	0.0543
w:remedy	0.385	0.115
w:renew	-0.268	0.269
w:renewal	0.0182	0.116
w:reopen	0.58	0.125
w:reopening	0.244	-0.251
w:rep	0.103	-0.101
w:repeated	0.328	-0.0437
w:replica	-0.55	-0.297
w:reply	0.87	-0.233
w:report	0.0522	-0.223
w:reported	0.501	0.0815
w:reporting	-0.138	0.25
w:reports	-0.466	-0.257
w:reputation	0.408	0.108
w:request	-0.493	-0.445
w:requested	0.28	0.0564
w:requesting	-0.0143	-0.142
w:requests	0.458	-0.128
w:require	0.586	0.0131
w:rescheduled	-0.000685	0.0128
w:reserve	-0.469	-0.283
w:reserving	-0.268	-0.313
w:reset	0.584	0.117
w:resolution	-0.0725	0.582
w:resolve	0.584	0.0362
w:resolved	0.548	0.0563
w:resourced	0.32	0.0587
w:respond	-0.229	-0.169
w:responding	-0.345	-0.305
w:response	-0.136	0.172
w:responsive	0.345	-0.0398
w:restart	-0.502	-0.186
w:restarting	0.34	0.06
w:restore	0.231	0.36
w:restored	-0.145	0.434
w:result	-0.197	0.405
w:results	-0.143	-0.0814
w:retention	-0.543	-0.551
w:revert	-0.723	-0.79
w:review	-0.215	-0.807
w:reviewed	0.0019	-0.0517
w:reviewing	0.309	-0.0873
w:revised	-0.278	-0.207
w:rfp	0.0774	0.000773
w:ridiculous	0.467	0.0421
w:right	1.11	-0.231
w:rising	0.59	0.295
w:risk	0.406	-0.0147
w:roadmap	-0.902	-0.302
w:rocky	-0.171	0.173
w:rollback	0.784	-0.322
w:rolled	0.369	0.0433
w:rollout	-0.0287	0.243
w:root	0.451	-0.14
w:rosa	0.0804	0.388
w:rota	0.0177	0.0903
w:rotated	-0.667	-0.708
w:rough	-0.00361	0.0172
w:round	0.0374	0.159
w:routed	-0.457	-0.316
w:routing	-0.51	-0.622
w:rows	0.27	-0.0585
w:rules	-0.282	0.308
w:run	-0.215	-0.0932
w:runbook	-0.827	-0.306
w:running	-0.384	0.275
w:runs	-0.187	0.4
w:rush	-0.0373	0.103
w:s	0.575	0.421
w:sadly	0.142	-0.0627
w:said	0.0769	-0.0337
w:sales	-0.191	0.401
w:sam	-0.731	-0.693
w:same	0.773	-0.275
w:sarah	0.549	-0.249
w:sat	-0.179	0.329
w:satisfied	-0.093	0.629
w:saturday	-0.467	-0.508
w:saturdays	-0.312	-0.325
w:save	0.391	-0.204
w:saw	0.577	-2.72e-15
w:say	-0.856	-0.664
w:says	0.59	0.274
w:scanners	-0.0143	0.103
w:scanning	-0.00866	0.0872
w:scare	-0.212	0.236
w:sceptical	-0.0669	0.214
w:schedule	0.542	0.00749
w:scheduled	-0.354	-0.482
w:scripts	0.0487	0.136
w:seamless	-0.00115	0.383
w:search	0.127	0.404
w:seats	-0.551	-0.626
w:second	-0.289	-0.251
w:seconds	-0.0804	0.162
w:section	0.18	0.0299
w:security	-0.864	-0.617
w:see	-0.35	-0.52
w:seeing	0.295	-0.294
w:seems	0.337	0.199
w:send	-0.908	-0.712
w:sending	-0.363	-0.316
w:senior	0.59	0.295
w:sent	-0.12	0.32
w:separate	-0.544	-0.483
w:september	0.36	0.0414
w:serious	0.348	0.119
w:seriously	0.465	-0.0776
w:servers	-0.0962	0.546
w:service	-0.259	0.245
w:services	0.0936	-0.0308
w:session	-0.445	-0.0383
w:set	0.0525	-0.183
w:settings	-0.543	-0.551
w:severity	-0.289	-0.296
w:shaken	0.573	0.00262
w:shame	0.506	-0.157
w:share	-0.425	-0.538
w:shared	-0.974	-0.656
w:she	0.0433	0.262
w:sheet	-0.187	-0.124
w:shift	-0.0668	0.204
w:ship	0.172	0.59
w:shipping	-0.0143	0.103
w:should	-0.944	-0.582
w:shoulders	0.00674	0.291
w:show	0.37	-0.000217
w:showed	-0.0623	0.0866
w:shows	0.207	0.025
w:side	-0.727	0.2
w:sign	-0.249	-0.173
w:signed	-0.53	-0.418
w:signs	-0.726	-0.726
w:silence	0.194	-0.147
w:silently	0.389	-0.198
w:since	-0.335	0.425
w:sincere	0.366	-0.0384
w:single	0.374	-0.0233
w:sister	0.0375	0.47
w:sit	0.0103	0.0041
w:site	-0.192	-0.296
w:sites	0.284	-0.00441
w:situation	-0.124	0.469
w:six	0.278	-0.206
w:skeptical	-0.282	0.308
w:sla	0.0155	-0.165
w:sleeping	0.0177	0.0903
w:slightly	-0.159	-0.496
w:slipped	0.21	-0.0451
w:slow	0.408	-0.0554
w:smoke	-0.186	-0.117
w:smooth	-0.0286	0.259
w:smoothest	-0.0749	0.507
w:smoothly	-0.157	0.318
w:so	-0.428	-0.329
w:social	0.332	-0.0824
w:sofia	-0.0731	0.501
w:solid	0.017	0.0571
w:solution	-0.184	0.427
w:solved	0.42	-0.057
w:some	-0.478	-0.475
w:someone	1.26	0.043
w:something	0.546	-0.436
w:soon	-0.588	-0.515
w:sorted	-0.0404	0.558
w:sorting	0.00263	0.517
w:special	-0.157	0.401
w:speed	0.00833	0.0349
w:spent	-0.109	0.276
w:spike	-0.23	0.313
w:spikes	0.357	0.0843
w:sponsor	0.638	0.276
w:spot	-0.169	0.422
w:spotting	-0.00128	0.303
w:spring	-0.268	0.269
w:sprint	0.0567	-0.18
w:sso	-0.575	-0.518
w:stable	-0.801	0.827
w:staff	0.517	0.242
w:staffing	0.328	-0.0563
w:stage	-0.59	-0.321
w:staging	-0.521	-0.553
w:standby	-0.143	-0.0814
w:star	-0.0506	0.532
w:staring	0.178	-0.125
w:start	0.0742	0.267
w:started	1.26	0.338
w:starts	-0.257	-0.216
w:status	0.144	-0.319
w:stay	-0.188	-0.282
w:stayed	-0.0973	0.331
w:staying	0.0285	0.339
w:stays	0.0513	-0.147
w:steadily	0.524	-0.0292
w:steady	0.438	-0.155
w:steering	0.445	-0.0332
w:step	-0.00928	0.178
w:steps	-0.307	-0.206
w:sticking	0.0138	0.462
w:still	-0.1	-0.649
w:stipulated	0.586	0.0131
w:stock	0.205	-0.144
w:stop	0.0895	-0.0629
w:stopped	0.186	0.127
w:storage	0.084	0.276
w:store	0.0649	0.478
w:stores	0.0592	0.689
w:storm	-0.192	0.39
w:stream	0.438	-0.155
w:stressed	-0.0393	0.439
w:stressful	-0.188	0.387
w:students	0.0117	-0.00391
w:stuff	-0.166	1.07
w:subject	-0.0632	-0.473
w:subscription	-0.52	-0.298
w:such	0.115	0.162
w:suggested	0.524	-0.0309
w:summarise	0.177	0.0454
w:summary	-0.0947	-0.193
w:sunday	-0.296	0.112
w:sundays	-0.557	-0.6
w:super	0.493	-0.0579
w:superb	0.0993	0.399
w:superbly	-0.185	0.352
w:superficial	0.596	-0.044
w:support	0.483	0.44
w:sure	0.03	0.3
w:surprise	0.157	0.157
w:suspend	0.102	0.0345
w:suspended	0.411	-0.0639
w:sustained	0.537	-0.0558
w:sweet	0.0185	1.26
w:switch	0.0762	0.655
w:sync	-0.34	0.316
w:synced	-0.183	0.422
w:system	0.261	-0.0986
w:tablets	0.694	-0.0334
w:take	0.281	-0.0757
w:taken	-0.268	0.269
w:takes	0.18	-0.0262
w:taking	0.166	-0.0542
w:talent	0.298	-0.0557
w:target	-0.593	-0.444
w:tbh	1.22	-0.00793
w:teachers	0.0524	0.291
w:team	-0.382	0.0334
w:team's	-0.0623	0.0866
w:teams	-0.399	0.218
w:tell	-0.653	0.799
w:template	0.113	-0.0148
w:tenant	-0.155	-0.0993
w:tenants	-0.292	-0.23
w:tender	0.587	0.129
w:tense	-0.0989	0.259
w:terms	-0.278	-0.207
w:terrible	0.655	-0.173
w:test	-0.608	-0.531
w:tested	0.0259	0.659
w:testing	-0.364	-0.305
w:tests	-0.186	-0.117
w:th	-0.698	-0.752
w:than	-0.129	0.0452
w:thank	-0.249	0.543
w:thankfully	0.137	0.624
w:thanks	-0.024	0.396
w:that	0.0966	0.488
w:that's	0.193	0.2
w:the	0.0845	0.0537
w:their	0.0602	0.109
w:them	0.00475	0.0457
w:then	-0.699	0.0909
w:there	-0.0533	0.0542
w:there's	0.216	0.307
w:these	0.245	0.0241
w:they	-0.208	0.219
w:thin	0.233	-0.0101
w:thing	0.26	-0.0765
w:things	-0.132	0.418
w:third	0.814	-0.295
w:this	0.613	0.293
w:thorough	0.129	0.271
w:though	0.134	0.0327
w:thread	-0.339	-0.53
w:three	0.205	0.0658
w:thrilled	0.147	0.423
w:through	0.176	0.0744
w:throughout	-0.0358	0.309
w:thumbsdown	0.592	-0.0137
w:thumbsup	-0.0327	0.701
w:thursday	-0.558	-0.293
w:thx	-0.00361	0.907
w:ticket	-0.306	-0.766
w:tickets	-1.29	-1
w:tight	0.328	-0.0563
w:tiles	-0.146	0.394
w:time	0.194	-0.12
w:timeline	0.0717	-0.0959
w:timeouts	0.681	-0.366
w:times	0.899	-0.008
w:timestamps	-0.282	-0.206
w:timing	0.993	-0.0309
w:timings	-0.113	-0.139
w:tired	0.0509	-0.00281
w:tmrw	-0.781	-0.751
w:to	-0.0591	-0.54
w:today	0.505	0.302
w:today's	-0.591	-0.347
w:told	0.525	-0.513
w:tom	-0.0283	0.284
w:tomas	-0.0807	0.756
w:tomorrow	-0.316	-0.388
w:tonight	-0.302	-0.137
w:too	-0.494	-0.659
w:took	-0.419	0.46
w:top	-0.169	0.672
w:totals	-0.483	-0.346
w:touch	0.25	0.299
w:tough	-0.0106	0.025
w:track	-0.413	-0.331
w:tracked	-0.483	-0.351
w:tracker	-0.585	-0.679
w:tracking	-0.324	0.24
w:traffic	-0.45	-0.575
w:training	-0.646	-0.138
w:transactions	0.351	0.00505
w:transfers	0.127	-0.0563
w:transitioning	0.364	-0.0358
w:transparency	0.449	-0.133
w:treat	0.561	0.168
w:triaged	-0.307	-0.33
w:tried	0.524	-0.0309
w:trigger	0.584	0.0362
w:trouble	0.00401	0.114
w:trustworthy	-0.23	0.361
w:trying	0.581	0.0702
w:tuesday	0.239	0.196
w:tuesday's	-0.409	-0.169
w:turnaround	-0.2	0.772
w:turned	-0.294	0.296
w:turning	-0.0262	0.28
w:turns	-0.282	0.308
w:twenty	-0.0513	0.234
w:twice	1.01	-0.0434
w:two	0.118	0.631
w:ty	-0.344	1.12
w:ubuntu	-0.702	-0.703
w:ugh	0.876	-0.0965
w:ui	0.407	0.162
w:ultimately	0.701	0.157
w:unacceptable	0.554	-0.0225
w:unavailability	0.204	0.0623
w:unblocked	-0.178	0.413
w:unclear	-0.122	-0.0849
w:under	0.321	0.0666
w:understand	0.282	-0.0163
w:unforeseen	0.354	0.0518
w:unfortunately	0.226	-0.00817
w:unfounded	-0.294	0.296
w:unhappy	0.439	-0.112
w:unhelpful	0.627	-0.108
w:unreliable	0.664	-0.373
w:until	-0.699	-1.06
w:untouched	0.451	-0.14
w:unusable	0.156	-0.135
w:unusually	-0.579	-0.37
w:up	-0.274	0.641
w:update	0.643	-0.425
w:updated	-0.541	-0.591
w:updates	-0.846	0.301
w:upgrade	-0.0451	0.461
w:uploaded	-0.591	-0.347
w:ups	-0.322	-0.297
w:uptime	0.216	0.129
w:urgent	0.693	-0.0133
w:us	0.0519	0.226
w:use	-1.16	-0.816
w:used	-0.186	-0.744
w:useful	0.137	0.328
w:useless	0.464	-0.0742
w:users	-0.415	0.0984
w:usual	-0.243	0.168
w:utc	-0.72	-1.01
w:vague	0.294	-0.0167
w:validate	-0.521	-0.553
w:validating	-0.483	-0.346
w:valuable	-0.042	0.529
w:value	0.451	-0.132
w:vendor	0.678	0.468
w:verdict	-0.437	-0.374
w:version	-0.788	-0.848
w:very	0.0882	0.298
w:view	-0.294	-0.253
w:vpn	-0.316	-0.505
w:wait	-0.566	-0.693
w:waiting	-0.223	-0.264
w:waking	0.287	-0.0958
w:walk	0.555	-0.000177
w:walking	-0.184	0.376
w:walkthrough	0.0342	0.401
w:want	0.0948	-0.0858
w:wanted	-0.445	0.467
w:wants	0.57	0.247
w:warehouse	-0.141	0.236
w:warnings	0.0461	0.602
w:was	-0.101	0.452
w:wasting	0.544	0.0762
w:watching	-0.434	-0.584
w:way	-0.183	0.317
w:we	0.508	-0.153
w:we'd	-0.0213	-0.304
w:we'll	-0.781	-1.18
w:we're	-0.388	0.397
w:we've	-0.131	0.737
w:wearing	0.233	-0.0101
w:webhook	-0.442	-0.516
w:wednesday	1.05	0.447
w:week	0.0239	-0.203
w:week's	-0.436	-0.372
w:weekend	0.0111	-0.02
w:weekends	0.159	-0.134
w:weekly	-0.321	0.375
w:weeks	0.111	0.548
w:weigh	0.386	-0.183
w:welcomed	0.335	-0.0271
w:well	0.568	0.401
w:wen	0.084	0.276
w:went	-0.325	0.592
w:were	0.333	0.498
w:west	-0.917	-0.766
w:what	0.444	-0.0323
w:what's	-0.344	-0.33
w:whatever	-0.0392	0.394
w:when	-0.298	0.641
w:where	0.438	0.249
w:whether	-0.953	-0.686
w:which	-0.473	-0.0291
w:while	0.327	-0.125
w:who	0.0512	-0.0171
w:whole	0.0838	0.591
w:why	0.145	0.0927
w:will	-0.156	-0.842
w:window	-0.443	-0.468
w:with	-0.533	-0.196
w:withholding	0.404	0.0555
w:within	0.287	0.284
w:without	0.189	0.0885
w:wobbles	-0.0182	0.13
w:wonderful	0.264	0.0533
w:word	-0.136	0.315
w:work	0.147	0.0273
w:workaround	0.00822	0.0232
w:workarounds	0.626	0.0357
w:worked	-0.992	-0.239
w:workflow	0.0509	-0.00281
w:working	0.365	0.281
w:works	-0.0694	0.649
w:worrying	-0.0311	0.451
w:worse	0.116	-0.152
w:worst	0.304	-0.0275
w:worth	-0.184	0.427
w:would	0.473	0.151
w:write	0.385	1.01
w:writing	0.198	0.0756
w:written	0.668	-0.211
w:wrong	0.358	-0.0275
w:yeah	0.345	-0.0967
w:year	-0.0597	-0.146
w:yep	-0.00584	0.639
w:yes	0.381	0.493
w:yesterday	-0.55	-0.598
w:yesterday's	0.083	-0.0143
w:yet	0.0249	0.094
w:you	-0.146	-0.149
w:you're	0.166	-0.0542
w:you've	0.326	0.287
w:your	0.395	0.00666
w:yours	-0.113	-0.139
w:yuki	-0.232	0.349
w:yup	-0.0512	0.663
w:yusuf	-0.0876	0.841
w:zainab	0.114	0.651
w:zone	-0.5	0.124
w:~0	0.498	-0.225
w:~1	0.38	-0.0589
w:~10	-0.0337	0.485
w:~11	0.554	0.0118
w:~12	0.431	-0.0407
w:~13	0.433	-0.126
w:~14	-0.53	0.674
w:~15	-0.0913	1.19
w:~16	-0.172	0.546
w:~17	-0.113	0.572
w:~19	0.581	0.0147
w:~2	0.549	0.0284
w:~20	0.578	-0.0434
w:~21	0.0343	0.00748
w:~22	0.694	-0.0133
w:~23	-0.0113	0.548
w:~24	0.491	0.188
w:~25	0.506	-0.224
w:~26	-0.0436	0.574
w:~27	1.12	0.0825
w:~28	0.574	-0.151
w:~3	0.398	0.0527
w:~30	0.654	0.0366
w:~31	0.484	0.0333
w:~32	-0.164	0.458
w:~37	0.087	0.0219
w:~39	0.963	0.288
w:~4	0.885	0.0755
w:~42	0.194	0.0195
w:~45	0.41	-0.00757
w:~46	0.169	0.051
w:~48	0.814	-0.0697
w:~5	0.497	0.0711
w:~51	0.466	-0.129
w:~53	0.475	-0.075
w:~54	0.539	-0.214
w:~6	1.69	0.0465
w:~60	0.296	0.0107
w:~62	-0.212	0.438
w:~63	0.0604	0.289
w:~64	-0.0378	0.132
w:~65	-0.0492	0.376
w:~66	-0.125	0.454
w:~68	0.136	0.182
w:~69	-0.00499	0.0299
w:~7	-0.0309	0.703
w:~8	-0.115	0.988
w:~9	-0.443	0.737
"""
