"""Arabic news: rules found by reading Saudi and pan-Arab press (cue forms with short vowels and
without hamza, plural and suffixed verbs, participles, organisations and titles, names between
two titles, month glosses, figures of rebels, `إلى` that is not "up to", ordinals).
All sentences are written for these tests."""
import pytest

from extraction import quotes_of
from syria_corpus.config import load_settings
from syria_corpus.pipeline import process
from syria_corpus.readers import RawDoc


def quotes(text):
    return quotes_of("ar", text)


@pytest.fixture(scope="module")
def settings():
    return load_settings()


def rows(settings, text, date="2015-07-21"):
    return process(RawDoc(path="t.txt", text=text, date=date), settings)


# ------------------------------------------------------------------ quotes: cues

@pytest.mark.parametrize("text,cue,content", [
    # complementizer without hamza (انه / ان), common in the Gulf press
    ("وقال المتحدث باسم الشرطة انه تم توقيف ثلاثة مشتبه بهم.", "قال", "تم توقيف ثلاثة مشتبه بهم"),
    ("وأوضحت الوزارة ان الطريق سيفتح قريبا.", "أوضحت", "الطريق سيفتح قريبا"),
    # complementizer with shadda
    ("وأكد الوزير أنّه لن يقبل بأي تسوية.", "أكد", "لن يقبل بأي تسوية"),
    # plural verbs
    ("وقالوا إن القصف استمر طوال الليل.", "قالوا", "القصف استمر طوال الليل"),
    ("وأكدوا أن المعبر أغلق.", "أكدوا", "المعبر أغلق"),
    # verb with an object suffix and a claim verb
    ("ومما قاله الأمين العام خالد سعيد أن الحوار هو الحل.", "قاله", "الحوار هو الحل"),
    ("وادعى المتحدث أن القوات انسحبت من البلدة.", "ادعى", "القوات انسحبت من البلدة"),
])
def test_cue_forms(text, cue, content):
    r = quotes(text)
    assert any(q["cue"] == cue and q["text"] == content for q in r), r


@pytest.mark.parametrize("text,cue,content", [
    # participles written with tanween before the final alef
    ("وقال الوزير سامي خليل إن المحادثات مستمرة، لافتًا إلى أن الجولة المقبلة ستعقد في جنيف.",
     "لافتًا", "الجولة المقبلة ستعقد في جنيف"),
    ("وقال الوزير سامي خليل إن المحادثات مستمرة، مشيرًا إلى أن الجولة المقبلة ستعقد في جنيف.",
     "مشيرًا", "الجولة المقبلة ستعقد في جنيف"),
    ("ونفى الوزير سامي خليل في مؤتمر صحفي وجود اتفاق، قائلا: «لم نوقع شيئا حتى الآن».", "قائلا", "لم نوقع شيئا حتى الآن"),
    ("وأشاد الوزير سامي خليل في كلمته بالجهود، منوها إلى أن الدعم سيستمر.", "منوها", "الدعم سيستمر"),
])
def test_participles_keep_the_speaker(text, cue, content):
    r = quotes(text)
    q = next(q for q in r if q["cue"] == cue)
    assert q["text"] == content
    assert q["speaker_name"] == "سامي خليل"


def test_another_verb_owns_the_complementizer():
    text = "وأكدت الوزارة مقتل خمسة مسلحين وأضافت انه تم ضبط سيارتين."
    r = quotes(text)
    assert [q["cue"] for q in r] == ["أضافت"]
    assert r[0]["speaker_name"] == "الوزارة"


# ------------------------------------------------------------------ quotes: speakers

@pytest.mark.parametrize("text,speaker_text,stype", [
    ("وقالت قيادة العمليات المشتركة في بيان إن القوات تقدمت.", "قيادة العمليات المشتركة", "organisation"),
    ("وقالت خلية الإعلام الأمني إن الطريق آمن.", "خلية الإعلام الأمني", "organisation"),
    ("وقال حزب الاتحاد الديمقراطي إن الهدنة انتهت.", "حزب الاتحاد الديمقراطي", "organisation"),
    ("وذكرت صحيفة محلية أن الانتخابات ستؤجل.", "صحيفة محلية", "organisation"),
    ("ويقول محللون إن الأسعار ستنخفض.", "محللون", "anonymous"),
    ("وقال خبراء إن الحل السياسي بعيد.", "خبراء", "anonymous"),
])
def test_organisations_and_anonymous_sources(text, speaker_text, stype):
    q = quotes(text)[0]
    assert (q["speaker_text"], q["speaker_type"]) == (speaker_text, stype)


@pytest.mark.parametrize("text,name", [
    # a name between a title and a post-posed title
    ("وأوضح الدكتور سالم عادل الحربي المدير الطبي للمستشفى أن الحالات تراجعت.", "سالم عادل الحربي"),
    # an adjective before the name, a title after it
    ("وقال الجمهوري مارك تومسون رئيس اللجنة إن التصويت سيجري غدا.", "مارك تومسون"),
    # military rank before the name
    ("وقال اللواء سعيد ناصر إن الجيش استعاد التلة.", "سعيد ناصر"),
])
def test_names_with_titles(text, name):
    q = quotes(text)[0]
    assert q["speaker_name"] == name


@pytest.mark.parametrize("text", [
    # a pronoun-suffixed preposition after the verb is not a name: the earlier speaker keeps it
    "قال الوزير سامي خليل إن الوضع صعب. وفي المقابلة التي أكد فيها أن الحل قريب، تحدث عن المفاوضات.",
])
def test_suffixed_prepositions_are_not_speakers(text):
    r = quotes(text)
    assert [q["speaker_text"] for q in r if q["speaker_text"]] and all(q["speaker_text"] != "فيها" for q in r)
    assert r[-1]["speaker_name"] == "سامي خليل"


def test_vocalised_name_matches():
    text = "وقال سامي خليل إن الوضع صعب. وأضاف خَليل أن المفاوضات مستمرة."
    r = quotes(text)
    assert r[-1]["speaker_name"] == "سامي خليل"


# ------------------------------------------------------------------ dates

@pytest.mark.parametrize("text,surface,value", [
    ("التحق بالتنظيم في يوليو (تموز) 2014 بعد أشهر من التدريب.", "يوليو (تموز) 2014", "2014-07"),
    ("ويشن التحالف غارات منذ أغسطس آب 2014 على مواقع التنظيم.", "أغسطس آب 2014", "2014-08"),
    ("تراجعت الأسعار منذ حزيران (يونيو) 2014 بشكل حاد.", "حزيران (يونيو) 2014", "2014-06"),
    ("وصل الوفد في 12 مارس (آذار) 2013 إلى العاصمة.", "12 مارس (آذار) 2013", "2013-03-12"),
])
def test_month_with_gloss(settings, text, surface, value):
    ds = rows(settings, text)["dates"]
    assert [(d["text"], d["value"]) for d in ds] == [(surface, value)]


# ------------------------------------------------------------------ figures

@pytest.mark.parametrize("text,surface,value,qualifier,category", [
    ("وقتل تسعة متمردين في غارة على البلدة.", "تسعة متمردين", 9, None, "killed"),
    ("وأسفرت الغارة عن مقتل 12 حوثيا قرب المطار.", "12 حوثيا", 12, None, "killed"),
    # bare إلى is "to", not "up to"
    ("وارتفعت حصيلة القتلى إلى 32 قتيلا.", "32 قتيلا", 32, None, "killed"),
    ("وضبطت الشرطة سيارة بالإضافة إلى عشرات العبوات الناسفة.", "عشرات العبوات", 10, "tens_of", None),
    ("وقد يصل عدد النازحين إلى ما يصل إلى 5000 نازح.", "ما يصل إلى 5000 نازح", 5000, "up_to", "displaced"),
    # money is never casualties
    ("وقدمت الحملة مساعدات بقيمة 350 ألف دولار للمتضررين.", "350 ألف دولار", 350000, None, "money"),
])
def test_figures(settings, text, surface, value, qualifier, category):
    fs = rows(settings, text)["figures"]
    f = next(f for f in fs if f["text"] == surface)
    assert (f["value"], f["qualifier"], f["category"]) == (value, qualifier, category)


@pytest.mark.parametrize("text", [
    "وتستقبل العيادات المرضى في أسبوعها الـ 133 من العمل.",
])
def test_ordinals_are_not_figures(settings, text):
    assert rows(settings, text)["figures"] == []


@pytest.mark.parametrize("text,speaker_text,name", [
    # a family name with the article, used alone after the verb, takes the earlier full name
    ("التقى وزير الخارجية ماجد بن علي الهاشمي نظيره أمس. وقال الهاشمي خلال المؤتمر إن المحادثات مثمرة.",
     "الهاشمي", "ماجد بن علي الهاشمي"),
    # first names whose second and third letters are ال (خالد، سالم، صالح، فالح) are names, not definite words
    ("وقال رئيس الحكومة خالد سعيد إن الوضع مستقر.", "خالد سعيد", "خالد سعيد"),
    ("وأكد فالح ناصر عضو مجلس المحافظة أن القوات دخلت.", "فالح ناصر", "فالح ناصر"),
    # a definite organisation head takes no bare noun after it
    ("وأكدت الوزارة إن الطريق مغلق.", "الوزارة", "الوزارة"),
])
def test_names_and_surnames(text, speaker_text, name):
    q = quotes(text)[-1]
    assert (q["speaker_text"], q["speaker_name"]) == (speaker_text, name)


def test_observatory_keeps_its_prepositional_complement():
    q = quotes("وقال المرصد السوري لحقوق الإنسان إن الاشتباكات عنيفة.")[0]
    assert q["speaker_text"] == "المرصد السوري لحقوق الإنسان"


@pytest.mark.parametrize("text,name,role", [
    # `الله` with the article belongs to the name
    ("وقال الأمين العام لحزب الله حسن نصر الله إن المقاومة باقية.", "حسن نصر الله", "الأمين العام لحزب الله"),
    # a foreign first name with hamza (ألكسندر) is not a word with the article
    ("وقال المتحدث باسم الخارجية الروسية ألكسندر بتروف إن الحل سياسي.", "ألكسندر بتروف",
     "المتحدث باسم الخارجية الروسية"),
    # the word after an indefinite organisation head is its genitive, not part of the name
    ("وصرح وكيل محافظة عدن نايف سالم لصحافيين أن القصف استهدف الأحياء.", "نايف سالم", "وكيل محافظة عدن"),
    # name, family name with the article, then the title
    ("وأكد فالح ناصر الدليمي عضو مجلس محافظة الأنبار أن القوات دخلت.", "فالح ناصر الدليمي",
     "عضو مجلس محافظة الأنبار"),
])
def test_names_roles_and_organisations(text, name, role):
    q = quotes(text)[0]
    assert (q["speaker_name"], q["role"]) == (name, role)


def test_joined_verb_takes_no_bare_object_as_subject():
    r = quotes("وأكدت قتل خمسة عناصر من الشبكة وأضافت انه تم ضبط سيارتين.")
    assert [(q["kind"], q["speaker_text"], q["text"]) for q in r] == [("indirect", None, "تم ضبط سيارتين")]


@pytest.mark.parametrize("text, speaker, content", [
    # the paper told stands between the verb and the speaker, its name glued to لـ in quote marks
    ('وقال لـ"الاقتصادية" طلعت حافظ الأمين العام للجنة الإعلام إن البنوك تواجه صعوبات كبيرة.',
     "طلعت حافظ", "البنوك تواجه صعوبات كبيرة"),
    ("وقال لـ«الشرق الأوسط» اللواء أحمد عسيري إن العمليات مستمرة.", "أحمد عسيري", "العمليات مستمرة"),
])
def test_recipient_between_verb_and_speaker(text, speaker, content):
    assert [(r["kind"], r["speaker_name"], r["text"]) for r in quotes(text)] == [("indirect", speaker, content)]


@pytest.mark.parametrize("text, name", [
    ("وقال بعض السكان إن القصف استمر طوال الليل.", "بعض"),
    ("وقال عدد من المسؤولين إن المحادثات ستستأنف.", "عدد"),
    ("وأكد سموه أن المملكة ماضية في دعم اليمن.", "سموه"),
])
def test_quantifiers_and_honorifics_are_not_names(text, name):
    (r,) = quotes(text)
    assert r["speaker_name"] != name and r["kind"] == "indirect"


def test_a_report_is_a_source_not_a_person():
    (r,) = quotes("وذكر تقرير صادر عن الأمم المتحدة أن عدد النازحين ارتفع.")
    assert r["speaker_type"] == "organisation" and r["text"] == "عدد النازحين ارتفع"


# ---- speakers on unseen news (issue 8): the one told, quoted names, gender, statements, bare names

@pytest.mark.parametrize("text, speaker", [
    # the paper told stands between the subject and the clause
    ("كشف وزير الداخلية اليمني اللواء عبده الحذيفي لـ «عكاظ» أن الأجهزة المضبوطة إيرانية الصنع.", "عبده الحذيفي"),
    ("وقال وزير الخارجية عادل الجبير إن المملكة تدعم الحل السياسي.", "عادل الجبير"),
    # an agency with an attached preposition is told, never the speaker
    ("وقال لرويترز يوهانس فان در كلاوو إن المدينة تحتاج المساعدات.", "يوهانس فان در كلاوو"),
    ("وقالت النائبة بيرفين بولدان لرويترز إن الانفجار وقع أثناء الاجتماع.", "بيرفين بولدان"),
])
def test_the_one_told_is_not_the_speaker(text, speaker):
    assert [q["speaker_name"] for q in quotes(text)] == [speaker]


def test_a_quoted_name_after_the_verb_is_its_subject():
    text = ("أعلن وزير الداخلية اللواء عبده الحذيفي أن الوضع مستقر. "
            "وقال «الحذيفي» في تصريحات صحفية: «الشرطة عادت إلى العمل في كل الأقسام».")
    rows = quotes(text)
    assert [(r["kind"], r["speaker_text"], r["speaker_name"], r["text"]) for r in rows] == [
        ("indirect", "عبده الحذيفي", "عبده الحذيفي", "الوضع مستقر"),
        ("direct", "الحذيفي", "عبده الحذيفي", "الشرطة عادت إلى العمل في كل الأقسام")]


def test_a_short_sentence_after_the_verb_stays_a_quote():
    rows = quotes("وسئل الوزير خالد العمر عن الاتفاق فقال «لن نتراجع أبدا».")
    assert [(r["kind"], r["speaker_name"], r["text"]) for r in rows] == [("direct", "خالد العمر", "لن نتراجع أبدا")]


def test_an_implicit_subject_agrees_with_the_verb():
    text = ("وقال الوزير خالد العمر إن المفاوضات مستمرة. وقالت وزارة الخارجية إن الوفد وصل. "
            "وأضافت أن الجولة المقبلة تبدأ الأحد. وأضاف أن الحل قريب.")
    assert [q["speaker_name"] for q in quotes(text)] == ["خالد العمر", "وزارة الخارجية", "وزارة الخارجية",
                                                           "خالد العمر"]


def test_a_statement_speaks_for_its_issuer():
    text = "وقالت وزارة الداخلية التركية إن الانفجار وقع أمس. وأضاف البيان أن عدد القتلى قد يرتفع."
    rows = quotes(text)
    assert [(r["speaker_text"], r["speaker_name"], r["speaker_type"]) for r in rows] == [
        ("وزارة الداخلية التركية", "وزارة الداخلية التركية", "organisation"),
        ("البيان", "وزارة الداخلية التركية", "organisation")]


@pytest.mark.parametrize("text, name", [
    # a title with a qualifier (الإسرائيلي) is the person named with it, not the last minister named
    ("وقال وزير الطاقة الإسرائيلي يوفال شتاينتز إنه يرفض الاتفاق. وكان الوزير جون كيري قال إن الاتفاق جيد. "
     "وقال الوزير الإسرائيلي «سمعت وزير الخارجية يزعم ذلك».", "يوفال شتاينتز"),
    # negative: a qualifier nobody's role had leaves the last person of the role
    ("وقال وزير الطاقة الإسرائيلي يوفال شتاينتز إنه يرفض الاتفاق. وكان الوزير جون كيري قال إن الاتفاق جيد. "
     "وقال الوزير السابق «سمعت وزير الخارجية يزعم ذلك».", "جون كيري"),
])
def test_a_qualified_title_is_the_person_named_with_that_qualifier(text, name):
    assert quotes(text)[-1]["speaker_name"] == name


@pytest.mark.parametrize("text, name", [
    # a report speaks for the body that issued it, named after it
    ("وأوضح تقرير مؤسسة النقد العربي السعودي أن الودائع ارتفعت.", "مؤسسة النقد العربي السعودي"),
    # or for the last body that spoke
    ("وقالت وزارة المالية إن العجز انخفض. وأضاف التقرير أن النمو تباطأ.", "وزارة المالية"),
    # negative: with no body before it, the report is named as written
    ("وقال التقرير إن النمو تباطأ.", "التقرير"),
])
def test_a_report_speaks_for_its_issuer(text, name):
    assert quotes(text)[-1]["speaker_name"] == name


@pytest.mark.parametrize("text, name, typ", [
    ("وقال متحدث باسم برنامج الأغذية العالمي إن السفينة وصلت إلى الميناء.", "برنامج الأغذية العالمي", "organisation"),
    ("وقال المتحدث باسم الوزارة خالد العمر إن السفينة وصلت إلى الميناء.", "خالد العمر", "person"),
])
def test_an_unnamed_spokesman_speaks_for_the_body(text, name, typ):
    (r,) = quotes(text)
    assert (r["speaker_name"], r["speaker_type"]) == (name, typ)


@pytest.mark.parametrize("text, speaker", [
    ("وقال جيف ديفيس إن الغارة أصابت الهدف.", "جيف ديفيس"),               # a listed first name and its surname
    ("قال جون كيري ردا على سؤال إن الاتفاق جيد.", "جون كيري"),           # not the adverb after it
    ("وقال وزير الخارجية الأمريكي جون كيري إن الاتفاق جيد. وقال كيري ردا على سؤال إن إيران ملتزمة.", "جون كيري"),
])
def test_bare_names_after_a_verb(text, speaker):
    assert {q["speaker_name"] for q in quotes(text)} == {speaker}


@pytest.mark.parametrize("text", [
    "وأكد حرص بلاده على دعم اليمن في كل المجالات.",      # a noun after the verb is no name
    "وبحسب المركز فإن الأزمة ستطول أكثر من عام.",          # a conjunction on a complementizer is no name
])
def test_words_after_a_verb_that_are_no_names(text):
    assert all(q["speaker_name"] not in ("حرص بلاده", "حرص", "فإن") for q in quotes(text))
    assert quotes(text) == [] or all(q["speaker_type"] != "person" for q in quotes(text))


def test_a_generic_title_takes_the_official_quoted_before():
    text = ("وقال وزير الداخلية اللواء عبده الحذيفي إن الأمن مستتب. "
            "وعن خسائر المتمردين قال «المسؤول اليمني»: «لا أستطيع أن أحصيها».")
    assert [q["speaker_name"] for q in quotes(text)] == ["عبده الحذيفي", "عبده الحذيفي"]


def test_a_participle_takes_the_subject_of_the_first_verb():
    text = ("وقال وزير الخارجية عادل الجبير إن الحل سياسي. "
            "وأكد شكري حرص بلاده على الأمن، مشيرا إلى أن التنسيق مستمر.")
    assert [q["speaker_name"] for q in quotes(text)] == ["عادل الجبير", "شكري"]


def test_a_name_with_allah_is_one_name():
    text = "وقال مدير المهرجان إبراهيم بن محمد الجار الله إن المهرجان يحظى بدعم كبير."
    assert [q["speaker_name"] for q in quotes(text)] == ["إبراهيم بن محمد الجار الله"]


def test_a_verb_without_a_quote_still_names_who_speaks_next():
    text = ("وقال الباحث سعيد بوميدوحة إن الأرقام مرتفعة. واعترفت إيران رسميا بتنفيذ الأحكام. "
            "وقالت إنها نفذت الأحكام وفق القانون.")
    assert [q["speaker_name"] for q in quotes(text)] == ["سعيد بوميدوحة", "إيران"]


def test_a_quote_without_a_verb_goes_on_with_the_last_speaker():
    text = ('وقال وزير الخارجية جون كيري: "سأستعرض كل الطرق الممكنة مع الوزراء". '
            '"وسأبحث معهم ما ستفعله الولايات المتحدة بعد الاتفاق".')
    assert [q["speaker_name"] for q in quotes(text)] == ["جون كيري", "جون كيري"]


@pytest.mark.parametrize("text,speaker", [
    # `بحسب ما نقلت عنه وكالات الانباء`: the agencies relayed; the one named before speaks
    ('وقال نائب رئيس الوزراء ديمتري روغوزين بحسب ما نقلت عنه وكالات الانباء الروسية، انه تم "التركيز على '
     'المحيط الاطلسي والقطب الشمالي".', "ديمتري روغوزين"),
    # negative: `بحسب` and `نقلت … عن` with a named source still name it
    ('وبحسب الوكالة فإن العقيدة البحرية الجديدة تركز على المحيط الاطلسي.', "الوكالة"),
    ('ونقلت الوكالة عن مسؤول روسي ان العقيدة البحرية الجديدة تركز على المحيط الاطلسي.', "مسؤول روسي"),
])
def test_outlet_relaying_is_not_the_speaker(text, speaker):
    q = quotes_of("ar", text)
    assert q and q[0]["speaker_text"] == speaker


@pytest.mark.parametrize("text,cue,speaker", [
    # reporting verbs written without hamza (اكد, اعلنت, اضافت) are the listed أكد, أعلنت, أضافت
    ("واكد المتحدث باسم الجيش ان القوات تقدمت في الريف.", "اكد", "الجيش"),
    ("اعلنت الشرطة ان الطريق اغلق.", "اعلنت", "الشرطة"),
    ("اعلنت الشرطة ان الطريق اغلق. واضافت ان التحقيق مستمر.", "اضافت", "الشرطة"),
])
def test_cue_verbs_without_hamza(text, cue, speaker):
    q = next(q for q in quotes(text) if q["cue"] == cue)
    assert q["speaker_name"] == speaker


def test_only_hamza_seats_match_each_other_in_cues():
    # negative: `رأي` (an opinion) is not the verb `رأى`: ى and ي are no letter class of the cues
    assert quotes("وفي رأي الخبراء أن الأزمة ستطول.") == []


@pytest.mark.parametrize("text,cue,speaker", [
    # the subject written before the verb: after `كان`, before a relative word, a bare surname met before
    ("وقال وزير الداخلية سامي خليل إن الأمن مستتب. وكان وزير المالية كريم حداد أكد أن العجز تراجع.", "أكد", "كريم حداد"),
    ("وقال وزير الداخلية سامي خليل إن الأمن مستتب. وكان حداد اكد ان العجز تراجع.", "اكد", "حداد"),
    ("وقال وزير الداخلية سامي خليل إن الأمن مستتب. وسئل عن تصريح الوزير كريم حداد الذي أكد أن العجز تراجع.",
     "أكد", "كريم حداد"),
])
def test_subject_written_before_the_verb(text, cue, speaker):
    q = next(q for q in quotes(text) if q["cue"] == cue)
    assert q["speaker_text"] == speaker


def test_a_word_before_the_verb_that_is_no_name_is_no_subject():
    # negative: `وفي المدينة أكد`: a place phrase before a subject-less verb; the last speaker goes on
    text = "وقال وزير الداخلية سامي خليل إن الأمن مستتب. وفي المدينة أكد أن الوضع هادئ."
    assert [q["speaker_name"] for q in quotes(text)] == ["سامي خليل", "سامي خليل"]


@pytest.mark.parametrize("text,name", [
    # words before an honorific title (`من جهة أخرى اعتمد صاحب السمو`) and the object after a post-posed
    # title (`… أمير المنطقة برامج المهرجان`) are no name: the listed name after the title is the person
    ("من جهة أخرى اعتمد صاحب السمو الأمير سلمان بن فهد أمير منطقة الجوف برامج المهرجان. "
     "وقال سموه: «إن المهرجان يدعم الشباب».", "سلمان بن فهد"),
    ("وفي الختام اعتمد الأمير سلمان بن فهد أمير منطقة الجوف خطة المهرجان. "
     "وقال سموه إن المهرجان يدعم الشباب.", "سلمان بن فهد"),
    # negative: a name right after an indefinite organisation's genitive stays the name
    ("وقال وكيل محافظة عدن نايف البكري إن الوضع هادئ.", "نايف البكري"),
])
def test_a_name_between_titles_not_the_words_around_them(text, name):
    assert [q["speaker_name"] for q in quotes(text)] == [name]


@pytest.mark.parametrize("text,speaker", [
    # a participle after a clause whose verb reports nothing takes the bare name after that verb
    ("وقال وزير المالية سامي خليل إن العجز تراجع. وزار وزير الداخلية كريم حداد الحدود. "
     "وحاول حداد تبديد القلق، مؤكدا أن الحدود آمنة.", "كريم حداد"),
    # negative: no name after the verb, the body that opens the clause speaks
    ("وقال وزير المالية سامي خليل إن العجز تراجع. وحاولت الوزارة تبديد القلق، مؤكدة أن الحدود آمنة.", "الوزارة"),
])
def test_a_participle_after_a_clause_with_a_bare_name(text, speaker):
    assert quotes(text)[-1]["speaker_name"] == speaker


@pytest.mark.parametrize("text,name", [
    # the verb's object after a titled name is no part of it
    ("أكد رئيس المجلس المحلي الشيخ سالم الدليمي انسحاب المسلحين من البلدة. وقال إن الأهالي عادوا.", "سالم الدليمي"),
    ("وزار وزير الداخلية كريم حداد الحدود. وقال إن الحدود آمنة.", "كريم حداد"),
    # negative: an unlisted father's name before the family name, and one unlisted word closing a name, stay
    ("وأعلن المتحدث باسم المجلس سالم فرحان الدليمي أن القوات تطوق البلدة.", "سالم فرحان الدليمي"),
    ("وقال المتحدث باسم المجلس سالم فرحان إن القوات تطوق البلدة.", "سالم فرحان"),
    # a staff rank after a military one (`العميد ركن`) continues the rank, not the name; a rank alone stays
    ("وقال العميد ركن سالم الدليمي إن القوات تطوق البلدة.", "سالم الدليمي"),
    ("وقال اللواء الركن سالم الدليمي إن القوات تطوق البلدة.", "سالم الدليمي"),
    ("وقال العميد سالم الدليمي إن القوات تطوق البلدة.", "سالم الدليمي"),
    # after a name, a body with an attached preposition is the one told (`لوكالة`), not part of the name
    ("وقال وزير الداخلية سالم الدليمي لوكالة الصحافة الفرنسية إن القوات تطوق البلدة.", "سالم الدليمي"),
    # negative: after a role it is the role's body
    ("وقال الأمين العام لحزب الله سالم الدليمي إن القوات تطوق البلدة.", "سالم الدليمي"),
])
def test_a_titled_name_does_not_absorb_the_next_words(text, name):
    assert {q["speaker_name"] for q in quotes(text)} == {name}


@pytest.mark.parametrize("text,speaker", [
    # a named person citing his sources speaks himself; the relay word is no part of his name
    ("وقال المبعوث الدولي سامي خليل نقلا عن مصادر محلية ان القصف كان عنيفا.", "سامي خليل"),
    # negative: an outlet or a body relaying a source gives the floor to that source
    ("ونقلت الوكالة عن مصادر محلية ان القصف كان عنيفا.", "مصادر محلية"),
    ("وقال المرصد نقلا عن مصادر محلية ان القصف كان عنيفا.", "مصادر محلية"),
])
def test_a_named_person_citing_sources_is_the_speaker(text, speaker):
    assert quotes(text)[0]["speaker_name"] == speaker


LONG_TOPIC = ("حول جهود الفريق الفني التي عملت على فتح المطار خلال يوم واحد بعد استعادته الأسبوع الماضي "
              "من قبل القوات الحكومية في المدينة الساحلية الكبيرة")


def test_a_long_topic_phrase_set_off_by_a_comma_before_the_complementizer():
    r = quotes(f"وقال رئيس البرلمان سامي خليل {LONG_TOPIC}، إن ذلك يأتي استكمالا للتقدم.")
    assert [(q["speaker_name"], q["text"]) for q in r] == [("سامي خليل", "ذلك يأتي استكمالا للتقدم")]


def test_a_long_gap_without_the_comma_is_no_report():
    # negative: with no comma, a complementizer that far from the verb may belong to another clause
    assert quotes(f"وقال رئيس البرلمان سامي خليل {LONG_TOPIC} إن ذلك يأتي استكمالا للتقدم.") == []


@pytest.mark.parametrize("text,cue,speaker", [
    # `وبحسب X، فإن Y قال`: behind the Arabic comma the subject of the verb is Y, not X; `ولي عهد` is a
    # title (not و + لي) and the longest name after a title is the person's
    ("وبحسب مركز الخليج للدراسات، فإن الشيخ سلمان بن فهد آل سعود ولي عهد المملكة قال، في وقت سابق، "
     "إن الخيار الوحيد هو الحوار.", "قال", "سلمان بن فهد آل سعود"),
    ("وقال ولي العهد الأمير سلمان بن فهد إن الخيار الوحيد هو الحوار.", "قال", "سلمان بن فهد"),
    # negative: `لي` (to me) written apart is no title
    ("وقال لي الوزير سامي خليل إن الخيار الوحيد هو الحوار.", "قال", "سامي خليل"),
    # negative: the source of `بحسب` itself
    ("وبحسب مركز الخليج للدراسات، فإن الحوار هو الخيار الوحيد.", "بحسب", "مركز الخليج للدراسات"),
])
def test_subject_behind_a_source_and_titles_before_the_name(text, cue, speaker):
    q = next(q for q in quotes(text) if q["cue"] == cue)
    assert q["speaker_name"] == speaker


@pytest.mark.parametrize("text", [
    # an impersonal verb after the cue's subject is never a name (`ويبدو أن`, `يجب`)
    "وكان الحربي على ما يبدو قائد الجماعة المسلحة. وأكد المسؤولون الأميركيون أن الضربة تمت.",
    "والحربي كان على ما يبدو زعيم مجموعة مسلحة. واكد المسؤولون الاميركيون ان الضربة تمت في سوريا.",
])
def test_impersonal_verbs_are_no_names(text):
    assert all(q["speaker_name"] not in ("يبدو", "ويبدو", "يجب") for q in quotes(text))


def test_a_bare_name_before_an_impersonal_verb_still_speaks():
    # negative: the name itself is found as before
    assert {q["speaker_name"] for q in quotes("وقال سالم الدليمي إن القوات تطوق البلدة.")} == {"سالم الدليمي"}


@pytest.mark.parametrize("text,expected", [
    # a body the gazetteer lists is found by its words, though Arabic has no capitals to show it
    ("وقالت الحكومة إنها أعدمت 289 شخصا، ولكن العفو الدولية تقول إن العدد بلغ 743 شخصا.",
     [("الحكومة", "organisation"), ("العفو الدولية", "organisation")]),
    # negative: one of its words alone names nothing (`العفو` is a pardon)
    ("وقال سالم الدليمي إن العفو عن السجناء بدأ.", [("سالم الدليمي", "person")]),
])
def test_a_listed_body_is_found_by_its_words(text, expected):
    assert [(q["speaker_name"], q["speaker_type"]) for q in quotes(text)] == expected


# ------------------------------------------------------------------ issue 8: anonymous sources, names and titles

@pytest.mark.parametrize("text, expected", [
    # a plural anonymous head with the article is an anonymous source, never the last person named
    ("وقال الوزير سامي خليل إن الوفد وصل. وأكد المسؤولون الأميركيون أن الضربة أصابت هدفها.",
     [("سامي خليل", "person"), ("المسؤولون الأميركيون", "anonymous")]),
    ("وقال الوزير سامي خليل إن الوفد وصل. وقال الخبراء إن الأسعار ستنخفض.",
     [("سامي خليل", "person"), ("الخبراء", "anonymous")]),
    # `المصادر` after `مصادر مطلعة`: the same anonymous source
    ("وقالت مصادر مطلعة إن الاجتماع سيعقد غدا. وأضافت المصادر أن الوفد وصل.",
     [("مصادر مطلعة", "anonymous"), ("مصادر مطلعة", "anonymous")]),
    ("وقال مصدر عسكري إن القوات تقدمت. وأضاف المصدر العسكري أن المعارك مستمرة.",
     [("مصدر عسكري", "anonymous"), ("المصدر العسكري", "anonymous")]),
    # negative: a singular role word with the article is the person who holds that role
    ("وقال الوزير سامي خليل إن الوفد وصل. وأضاف المسؤول أن المحادثات مستمرة.",
     [("سامي خليل", "person"), ("سامي خليل", "person")]),
])
def test_definite_anonymous_sources(text, expected):
    assert [(q["speaker_name"], q["speaker_type"]) for q in quotes(text)] == expected


@pytest.mark.parametrize("text, name", [
    # a preposition written onto the article starts a phrase after the name
    ("التقى الوزير سامي خليل بالسفير. وقال المسؤول إن المحادثات مثمرة.", "سامي خليل"),
    ("اجتمع المدير سامي خليل بالوزارة أمس. وقال المدير إن المحادثات مثمرة.", "سامي خليل"),
    # negative: a family name that opens like a preposition and the article stays
    ("وقال الخبير أحمد سيف بالحصا إن الأسعار مرتفعة.", "أحمد سيف بالحصا"),
    ("وقال الرئيس سامي الخليل إن الأسعار مرتفعة.", "سامي الخليل"),
])
def test_a_preposition_on_the_article_ends_a_name(text, name):
    assert quotes(text)[-1]["speaker_name"] == name


@pytest.mark.parametrize("text, name", [
    # `رياض` without the article is the given name; the city is written `الرياض`
    ("وقال رئيس الهيئة العليا للمفاوضات رياض حمدان إن الحل ما زال ممكنا.", "رياض حمدان"),
    # negative: with the article it stays a place of the title
    ("وقال أمير منطقة الرياض سامي خليل إن المشروع سينتهي قريبا.", "سامي خليل"),
])
def test_a_given_name_that_is_a_place_with_the_article(text, name):
    assert quotes(text)[0]["speaker_name"] == name


@pytest.mark.parametrize("text, speaker", [
    # a title that finds no person of its role in the document names nobody (not `Amir`, not `al-Turki`)
    ("وقال أمير المنطقة إن المشروع سينتهي قريبا.", None),
    ("وقال وزير الخارجية التركي إن بلاده مستعدة.", None),
    # negative: a title with a name keeps it
    ("وقال وزير الخارجية التركي مولود جاويش أوغلو إن بلاده مستعدة.", "Mevlut Cavusoglu"),
])
def test_a_title_without_a_person_has_no_canonical_speaker(settings, text, speaker):
    import pandas as pd

    from syria_corpus.speakers import canonicalize
    qs = rows(settings, text)["quotes"]
    assert canonicalize(pd.DataFrame(qs)).tolist() == [speaker]


@pytest.mark.parametrize("text, expected", [
    # a prefix cue closing its sentence after a comma reports the words before it
    ("قتل خمسة أشخاص في قصف على البلدة أمس، بحسب المرصد السوري.",
     [("بحسب", "المرصد السوري", "قتل خمسة أشخاص في قصف على البلدة أمس")]),
    ("ارتفعت أسعار الوقود في المدينة هذا الشهر، بحسب ما ذكرت الوزارة.",
     [("بحسب", "الوزارة", "ارتفعت أسعار الوقود في المدينة هذا الشهر")]),
    # `حسب قوله`: the cue's own possessive is the one quoted last
    ("وقال الوزير سامي خليل إن الوفد وصل. والأمر نفسه ينطبق على الوفد الثاني، حسب قوله.",
     [("قال", "سامي خليل", "الوفد وصل"), ("حسب", "سامي خليل", "والأمر نفسه ينطبق على الوفد الثاني")]),
    # negative: a clause already reported by its own verb keeps it; the agency only relays
    ("وقال الوزير سامي خليل إن القوات تقدمت، بحسب الوكالة.",
     [("قال", "سامي خليل", "القوات تقدمت، بحسب الوكالة")]),
    # negative: a cue with a long phrase after its source is no closing attribution
    ("ارتفعت أسعار الوقود في المدينة هذا الشهر، بحسب الوزارة التي نشرت أرقامها في تقرير طويل أمس.", []),
    # negative: the opening prefix cue with its comma still reports the clause after it
    ("وبحسب المرصد، فإن القصف استمر طوال الليل.", [("بحسب", "المرصد", "القصف استمر طوال الليل")]),
])
def test_a_prefix_cue_closing_the_sentence(text, expected):
    assert [(q["cue"], q["speaker_name"], q["text"]) for q in quotes(text)] == expected


@pytest.mark.parametrize("text, name", [
    # a conjunction written onto a group word, a title or a name word opens a second member
    ("وقال وزير الخارجية سامي خليل وكبار مسؤولي الإدارة إن الاتفاق جيد.", "سامي خليل"),
    ("وقال الوزير سامي خليل ومحمد حمدان إن الاتفاق جيد.", "سامي خليل"),
    ("وقال الوزير سامي خليل والوفد المرافق إن الاتفاق جيد.", "سامي خليل"),
    ("دشن الأمير سامي خليل وتعزيزا للتعاون المهرجان. وقال سموه إن المهرجان ناجح.", "سامي خليل"),
    # negative: a name word that starts with the letter و stays in the name
    ("وقال الوزير سامي وليد إن الاتفاق جيد.", "سامي وليد"),
])
def test_a_conjunction_ends_a_name(text, name):
    assert quotes(text)[0]["speaker_name"] == name


@pytest.mark.parametrize("text, name", [
    # `لكرة القدم`: a prepositional phrase closing a title is no name
    ("وقال رئيس الاتحاد المحلي لكرة السلة إن الفريق جاهز.", None),
    ("وقال المدير التنفيذي للجنة المنظمة لبطولة العالم لكرة اليد إن الملاعب جاهزة.", None),
    # negative: the name after such a title, and a family name with the article, stay names
    ("وقال رئيس الاتحاد المحلي لكرة السلة سامي خليل إن الفريق جاهز.", "سامي خليل"),
    ("وقال الرئيس سامي الخليل إن الفريق جاهز.", "سامي الخليل"),
    ("وقال الوزير لطفي الحمدان إن الفريق جاهز.", "لطفي الحمدان"),
])
def test_a_prepositional_phrase_of_a_title_is_no_name(text, name):
    assert quotes(text)[0]["speaker_name"] == name


@pytest.mark.parametrize("text, name", [
    # a noun with a pronoun suffix after the name is the verb's object, no name word
    ("ووصف رئيس الحزب سامي جعفراني زيارته إلى الرياض بالناجحة، مؤكدا أن العلاقات قوية.", "سامي جعفراني"),
    # a kinship noun after the name ends it
    ("وأكد سامي العمراني زوج المعلمة المتوفاة أنه تقدم بشكوى.", "سامي العمراني"),
    # a preposition on a place closes the role before it; nobody is named
    ("وقال المدير العام للتعليم بجدة إن المشاريع جديدة.", None),
    # negative: an unlisted family name closing the name stays, and so does a listed one opening with ب
    ("وقال رئيس الحزب سامي جعفراني إن الزيارة ناجحة.", "سامي جعفراني"),
    ("وقال الرئيس بكر الحمدان إن الحرب طويلة.", "بكر الحمدان"),
    ("وقال وزير الخارجية الروسي لافروف إن الحرب طويلة.", "لافروف"),
])
def test_words_after_a_name_that_are_no_name(text, name):
    assert quotes(text)[0]["speaker_name"] == name


@pytest.mark.parametrize("text, speakers", [
    # an enumerating adverb before a colon is no speaker
    ("وقال الوزير سامي خليل إن الخطة واضحة. ثانيا: بينما كان الزعماء يتبنون الشعار، تغيرت الأمور.", ["سامي خليل"]),
    # negative: a name before a colon still speaks
    ("وقال الوزير سامي خليل: الخطة واضحة والتنفيذ قريب.", ["سامي خليل"]),
])
def test_enumerating_adverbs_are_no_speakers(text, speakers):
    assert [q["speaker_name"] for q in quotes(text)] == speakers


@pytest.mark.parametrize("text, expected", [
    # a long name (with بن and آل) between a rank and a post-posed title, and the bare title after it
    ("التقت الممثلة العليا لينا سالم بالوفد. وصرح الفريق الركن الشيخ خالد بن عبد الله آل حمدان وزير الداخلية "
     "بأن التدخلات مرفوضة. وأشار الوزير إلى أن الأمن مستقر.",
     ["خالد بن عبد الله آل حمدان", "خالد بن عبد الله آل حمدان"]),
])
def test_a_long_name_between_titles(text, expected):
    assert [q["speaker_name"] for q in quotes(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    # a verb-first sentence opens with its verb: no name before the post-posed title (the participle's
    # speaker is its clause's subject, the residents)
    ("شكا سكان الحي من كثرة الحوادث مؤكدين أن الوضع خطير.", "سكان"),
    ("شكا رئيس الاتحاد من الحر مؤكدا أن البطولة ناجحة.", None),
    # negative: a listed name opening the sentence before its title stays a name
    ("سامي خليل وزير الخارجية قال إن الوضع خطير.", "سامي خليل"),
    ("سامي جعفراني رئيس الاتحاد أكد أن البطولة ناجحة.", "سامي جعفراني"),
])
def test_the_verb_opening_a_sentence_is_no_name(text, speaker):
    assert quotes(text)[0]["speaker_name"] == speaker


@pytest.mark.parametrize("text, speakers", [
    # an anonymous source is shown with the English word for its head first
    ("وقالت مصادر مطلعة إن الاجتماع سيعقد غدا. وأضافت المصادر أن الوفد وصل.",
     ["sources (مصادر مطلعة)", "sources (مصادر مطلعة)"]),
    ("وقال مصدر عسكري إن القوات تقدمت.", ["source (مصدر عسكري)"]),
    ("وأكد المسؤولون الأميركيون أن الضربة أصابت هدفها.", ["officials (المسؤولون الأميركيون)"]),
    # negative: a person keeps the name
    ("وقال الوزير سامي خليل إن القصف توقف.", ["Sami Khalil"]),
])
def test_anonymous_sources_are_glossed_in_the_canonical_speaker(settings, text, speakers):
    import pandas as pd

    from syria_corpus.speakers import canonicalize
    assert canonicalize(pd.DataFrame(rows(settings, text)["quotes"])).tolist() == speakers


def test_anonymous_sources_of_languages_without_a_gloss_stay_as_written():
    import pandas as pd

    from syria_corpus.speakers import canonicalize
    df = pd.DataFrame({"speaker_name": ["a senior official", "источник"], "speaker_type": ["anonymous", "anonymous"],
                       "lang": ["en", "ru"], "doc_id": ["a", "b"]})
    assert canonicalize(df).tolist() == ["a senior official", "источник"]


@pytest.mark.parametrize("text, expected", [
    # a conjunction glued onto a guillemet still opens it: no quote swallows the paragraph before it
    ("وقال المركز إن الدعم مستمر، مشيرا إلى أن الدولة شاركت في عمليتي «عاصفة الحزم» و«إعادة الأمل» منذ البداية.",
     [("indirect", "الدعم مستمر"), ("indirect", "الدولة شاركت في عمليتي «عاصفة الحزم» و«إعادة الأمل» منذ البداية")]),
    # a title after `بعنوان` is a name, not speech
    ("ووفقا لتقرير أصدره المركز بعنوان «دعم متواصل للشعب اليمني الشقيق»، قال المركز إن الدعم مستمر.",
     [("indirect", "الدعم مستمر")]),
    # negative: a quote after a verb and a colon stays a quote
    ("وقال الوزير سامي خليل: «الدعم متواصل للشعب اليمني الشقيق».",
     [("direct", "الدعم متواصل للشعب اليمني الشقيق")]),
])
def test_guillemets_glued_to_a_proclitic_and_quoted_titles(text, expected):
    assert [(q["kind"], q["text"]) for q in quotes(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    # a body with an indefinite head takes its genitive, not the bare word (verb, object) after it
    ("وقالت إدارة الجامعة غيرت الرغبات إن الخطأ وقع.", "إدارة الجامعة"),
    ("وأعلنت قيادة التحالف وقف العمليات العسكرية، مؤكدة أن الهدنة تبدأ اليوم.", "قيادة التحالف"),
    # negative: bare words right after the head, a preposition, and listed name words stay in the body's name
    ("وقالت منظمة أطباء بلا حدود إن المستشفى قصف.", "منظمة أطباء بلا حدود"),
    ("وقالت هيئة تحرير الشام إن القصف استمر.", "هيئة تحرير الشام"),
    ("وقالت جامعة الإمام محمد بن سعود إن الدراسة تبدأ غدا.", "جامعة الإمام محمد بن سعود"),
])
def test_a_body_ends_with_its_genitive(text, speaker):
    assert quotes(text)[-1]["speaker_name"] == speaker


@pytest.mark.parametrize("text, expected", [
    # a narrator's verb before a colon (`فقلت له:`) is no interview turn
    ("عاد الرجل إلى البيت متأخرا.\n\nفقلت له: لماذا تأخرت كل هذا الوقت يا صديقي؟\n\n"
     "وأجبته بهدوء: كان الطريق مزدحما جدا هذا المساء.\n", []),
    # negative: a name opening the paragraphs of an interview still gives the turns
    ("مقابلة مع الوزير سامي خليل.\n\nسامي خليل: الوضع الأمني مستقر في كل المحافظات.\n\n"
     "المحاور: وماذا عن الحدود الشمالية للبلاد؟\n\nسامي خليل: الحدود مؤمنة بالكامل منذ أشهر.\n",
     [("سامي خليل", "الوضع الأمني مستقر في كل المحافظات."), ("سامي خليل", "الحدود مؤمنة بالكامل منذ أشهر.")]),
])
def test_interview_turns_need_a_speaker_label(text, expected):
    assert [(q["speaker_name"], q["text"]) for q in quotes(text)] == expected


@pytest.mark.parametrize("text, speakers", [
    # `سموه` stands for the last prince named, not for the last person; a verb with no subject after it
    # in its sentence goes on with him
    ("دشن أمير المنطقة الأمير فيصل بن سالم المهرجان. وقال مدير المهرجان سامي خليل إن المهرجان ناجح. "
     "وأكد سموه أن المنطقة ستكون وجهة سياحية.", ["سامي خليل", "فيصل بن سالم"]),
    ("دشن الأمير فيصل بن سالم المهرجان. وقال مدير المهرجان سامي خليل إن المهرجان ناجح، وتعزيزا لما أعلنه "
     "سموه قبل أربع سنوات حينما قال \"المنطقة ستكون الوجهة السياحية الأولى في المملكة\".",
     ["سامي خليل", "فيصل بن سالم"]),
    # negative: a plain pronoun and a verb without subject keep the last person quoted
    ("دشن الأمير فيصل بن سالم المهرجان. وقال مدير المهرجان سامي خليل إن المهرجان ناجح. "
     "وأضاف أن المنطقة ستكون وجهة سياحية.", ["سامي خليل", "سامي خليل"]),
])
def test_honorific_pronouns_stand_for_the_dignitary(text, speakers):
    assert [q["speaker_name"] for q in quotes(text)] == speakers


@pytest.mark.parametrize("text, name", [
    # one unlisted word alone before a post-posed title is a common noun, not a name
    ("وقال مهرجان مدير الفعاليات سامي خليل إن الحضور كبير.", "سامي خليل"),
    ("ورغم عضو لجنة الحريات سامي خليل أكد أن الحوار مستمر.", "سامي خليل"),
    # negative: a listed name alone before its title stays a name
    ("وقال ظريف وزير الخارجية الإيراني إن الاتفاق جيد.", "ظريف"),
])
def test_a_lone_unlisted_word_before_a_title_is_no_name(text, name):
    assert quotes(text)[0]["speaker_name"] == name


@pytest.mark.parametrize("text, speakers", [
    # a statement speaks for the body that spoke before it, not for a country named in passing
    ("قالت وزارة الداخلية التركية في بيان إن الانفجار وقع قرب الحدود مع سوريا. وأضاف البيان أن عدد القتلى قد يرتفع.",
     ["وزارة الداخلية التركية", "وزارة الداخلية التركية"]),
    ("وأضافت السفارة الأميركية في بيان أن المنحة تأتي استجابة للحاجة في سوريا. وأشار البيان إلى أن الحصة كبيرة.",
     ["السفارة الأميركية", "السفارة الأميركية"]),
    # negative: when no body spoke yet, the last body named issued it
    ("أصدرت وزارة الخارجية بيانا مساء أمس. وأضاف البيان أن الوفد وصل.", ["وزارة الخارجية"]),
])
def test_a_statement_speaks_for_the_body_that_spoke(text, speakers):
    assert [q["speaker_name"] for q in quotes(text)] == speakers


@pytest.mark.parametrize("text, speakers", [
    # a participle with no comma before it has no subject of its own: not the place or body right before it
    ("وأشار البيان إلى أن الوزارة ساهمت بمبلغ كبير في سوريا موضحا أن معظم المبلغ خصص للاجئين.",
     ["البيان", "البيان"]),
    ("وقالت وزارة الخارجية إن المنحة تصل إلى الأردن مضيفة أن الجولة المقبلة ستبدأ قريبا.",
     ["وزارة الخارجية", "وزارة الخارجية"]),
    # negative: a finite continuation verb (`وأضاف`) still takes the subject written after it
    ("وقالت وزارة الخارجية إن المنحة تصل إلى الأردن. وأضاف الوزير خالد العمر أن الجولة ستبدأ.",
     ["وزارة الخارجية", "خالد العمر"]),
])
def test_a_participle_without_comma_goes_on_with_its_clause_subject(text, speakers):
    assert [q["speaker_name"] for q in quotes(text)] == speakers


@pytest.mark.parametrize("text, speaker", [
    # `وكان X قد أعلن`: the subject written first, a particle between it and the verb
    ("وكان برنامج الغذاء العالمي قد أعلن أنه سيوقف المساعدات.", "برنامج الغذاء العالمي"),
    ("وكان الوزير خالد العمر قد قال إن الحل قريب.", "خالد العمر"),
    # after the opener `وكانت`, a comma may set the subject off from its verb
    ("وكانت المديرية العامة للجوازات، أكدت أن الطريق مغلق.", "المديرية العامة للجوازات"),
    # negative: without the opener, a comma ends the subject written first
    ("وقالت الوزارة إن الطريق مفتوح. المديرية العامة للجوازات، أكدت أن الطريق مغلق.", "وزارة"),
])
def test_a_subject_written_before_kana_and_qad(text, speaker):
    last = quotes(text)[-1]["speaker_name"]
    assert (last or "").endswith(speaker) if speaker != "وزارة" else last != "المديرية العامة للجوازات"


@pytest.mark.parametrize("text, speaker, role", [
    # `X وهو/وهي <description>`: the description belongs to the name before the pronoun, even an unlisted name
    ("وقال أدهم باشو وهو سياسي محلي لرويترز إن الإسعاف وصل.", "أدهم باشو", "سياسي محلي"),
    ("وقالت بروين بولدان وهي نائبة كبيرة عن حزب الشعوب الديمقراطي إن التحقيق بدأ.", "بروين بولدان", "نائبة كبيرة"),
    ("قال هارونا كابيل وهو سائق حافلة، إن الطريق مغلق.", "هارونا كابيل", "سائق حافلة"),
    # negative: without the pronoun, an unlisted pair of words after the verb is no name
    ("قال هارونا كابيل إن الطريق مغلق.", None, None),
])
def test_a_description_after_wa_huwa_belongs_to_the_name(text, speaker, role):
    (q,) = quotes(text)
    assert (q["speaker_name"], q["role"] if speaker else None) == (speaker, role)


@pytest.mark.parametrize("text, speaker", [
    # a connector after a role belongs to it (`نائبة عن حزب`): the party is not a source relayed
    ("وقالت سامية خليل وهي نائبة عن حزب الشعب إن التحقيق بدأ.", "سامية خليل"),
    # negative: a verb of relaying still hands the clause to its source
    ("ونقلت الوكالة عن الوزير خالد العمر أن الطريق مغلق.", "خالد العمر"),
])
def test_a_connector_after_a_role_is_no_relay(text, speaker):
    assert quotes(text)[0]["speaker_name"] == speaker


@pytest.mark.parametrize("name, english", [
    # head first in Arabic, last in English; the feminine ending of an adjective is peeled
    ("وزارة الداخلية البحرينية", "Bahraini Interior Ministry"),
    ("خلية الإعلام الحربي", "War Media Cell"),
    ("السفارة الأميركية", "American Embassy"),
    # a preposition written onto a word opens a phrase of its own, a conjunction a coordinated group
    ("المجلس الوطني للمقاومة الإيرانية", "National Council for Iranian Resistance"),
    ("مركز الإمارات للدراسات والبحوث الاستراتيجية",
     "United Arab Emirates Center for Studies and Strategic Research"),
    # a unit of several words, and the adjective of a country the table does not list (places.yaml)
    ("قيادة مكافحة الإرهاب", "Counter-Terrorism Command"),
    ("وزارة الخارجية البوسنية", "Bosnia and Herzegovina's Foreign Ministry"),
    # the words before the first unknown one; a place alone
    ("وزارة الصحة التابعة لحكومة اليمن", "Health Ministry"),
    ("واشنطن", "Washington"),
    # a linking phrase written apart (`من أجل`) opens a phrase of its own; a nisba plural is its people
    ("مجموعة العمل من أجل فلسطينيي سورية", "Action Group for Syrian Palestinians"),
    ("التحالف الوطني من أجل السوريين", "National Coalition for Syrians"),
    # negative: a linking phrase before words the table does not know links nothing (a purpose clause)
    ("الحكومة من أجل تخفيف", None),
    ("مجلس الأمن من أجل تخفيف", "Security Council"),
    # negative: no head, the head alone of a longer name, a person's name
    ("البيان", None),
    ("حزب الشعوب الديمقراطي المعارض", None),
    ("الوطني البحريني", None),
    ("محمد علي", None),
])
def test_organisation_names_are_glossed_in_english(name, english):
    from syria_corpus.speakers.gloss import organisation_gloss
    assert organisation_gloss(name, "ar") == english
    assert organisation_gloss(name, "en") is None   # a language with no gloss table


@pytest.mark.parametrize("text, speakers", [
    # a body the gazetteer does not list: the English words first, the name as written after them
    ("وقالت وزارة الداخلية البحرينية إن السلطات أحبطت محاولة التهريب.",
     ["Bahraini Interior Ministry (وزارة الداخلية البحرينية)"]),
    # negative: a listed body keeps its gazetteer name; a body with no gloss stays as written
    ("وقال المرصد السوري لحقوق الإنسان إن القصف توقف.", ["Syrian Observatory for Human Rights"]),
    ("وقالت جمعية الزهور إن القصف توقف.", ["جمعية الزهور"]),
    # a body whose name goes on after a linking phrase (`من أجل`) keeps it
    ("وأوضحت مجموعة العمل من أجل فلسطينيي سورية، في بيان أمس، أن القصف أحدث دمارا كبيرا.",
     ["Action Group for Syrian Palestinians (مجموعة العمل من أجل فلسطينيي سورية)"]),
    # a body's own name in brackets after its description comes first, romanized, then what it is
    ("وارتفعت الميزانية إلى 21% من الإجمالي، بحسب مركز الابحاث المستقل (غايدار).",
     ["Ghaidar / Independent Research Center (غايدار / مركز الابحاث المستقل)"]),
    # ... and a listed body named so in brackets is that body (`(داعش)`)
    ("وأعلنت الجماعة المتشددة (داعش) أنها سيطرت على البلدة.", ["ISIS"]),
    # negative: a place or a phrase with a pronoun suffix in brackets is no name of the body
    ("وقالت وزارة الداخلية البحرينية (المنامة) إن القصف توقف.",
     ["Bahraini Interior Ministry (وزارة الداخلية البحرينية)"]),
    ("وقالت وزارة الداخلية البحرينية (مقرها المنامة) إن القصف توقف.",
     ["Bahraini Interior Ministry (وزارة الداخلية البحرينية)"]),
    # negative: common words in brackets say what the body is (`(البنك المركزي)`), a conjunction opens a clause
    ("وقالت مؤسسة النقد العربي السعودي (البنك المركزي) إن الأسعار ستنخفض.", ["مؤسسة النقد العربي السعودي"]),
    ("وقالت جمعية الزهور (ومقرها جدة) إن القصف توقف.", ["جمعية الزهور"]),
    # the body written again without its bracketed name is the same body
    ("وقالت مؤسسة النقد العربي السعودي (ساما) إن الأسعار ستنخفض. وأكدت مؤسسة النقد العربي السعودي أن التضخم تراجع.",
     ["Sama (ساما / مؤسسة النقد العربي السعودي)"] * 2),
    # negative: a head and a word are too little to say two bracketed names are one body
    ("وقالت وكالة (آكي) إن القصف توقف. وقالت وكالة (وفا) إن القصف استمر.",
     ["Aki / Agency (آكي / وكالة)", "Wfa / Agency (وفا / وكالة)"]),
    # negative: a purpose clause after a body (`من أجل تخفيف الأزمة`) is no part of its name
    ("وقالت وزارة الداخلية البحرينية من أجل تخفيف الأزمة إن الطريق سيفتح.",
     ["Bahraini Interior Ministry (وزارة الداخلية البحرينية)"]),
])
def test_unlisted_bodies_are_glossed_in_the_canonical_speaker(settings, text, speakers):
    import pandas as pd

    from syria_corpus.speakers import canonicalize
    assert canonicalize(pd.DataFrame(rows(settings, text)["quotes"])).tolist() == speakers


def test_a_body_named_in_brackets_is_found_by_either_name(corpus, tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text(
        "وارتفعت الميزانية إلى 21% من الإجمالي، بحسب مركز الابحاث المستقل (غايدار).\n", encoding="utf-8")
    assert corpus("ingest", tmp_path / "d").exit_code == 0
    for q in ("Gaidar", "غايدار", "Independent Research Center", "مركز الابحاث المستقل"):
        r = corpus("report", "quotes", "--speaker", q, "--format", "jsonl")
        assert "Ghaidar / Independent Research Center" in r.stdout, q
    # negative: a name the body is not known by finds nothing
    assert "Ghaidar" not in corpus("report", "quotes", "--speaker", "Brookings", "--format", "jsonl").stdout


@pytest.mark.parametrize("text, speaker", [
    # عبد and the next word are one name, even when that word is a title (الأمير)
    ("وقال العميد عبد الأمير الخزرجي إن القوات تقدمت.", "عبد الأمير الخزرجي"),
    # so are آل and the next word (the family آل الشيخ), even when that word is a title (الشيخ)
    ("وقال الشيخ عبد العزيز آل الشيخ إن الإسلام دين الوسطية.", "عبد العزيز آل الشيخ"),
    # negative: a title after a complete name stays the name's role
    ("وقال عبد العزيز العمر الشيخ الجليل إن الإسلام دين الوسطية.", "عبد العزيز العمر"),
    # a given name that is also a time word, before a family name (صباح النعماني), set off by a title
    ("وقال صباح النعماني، المتحدث باسم القوات، إن الجامعة معقل مهم.", "صباح النعماني"),
    # a given name and a family name with the article, then the title after a comma
    ("قال فالح العيساوي، نائب رئيس مجلس المحافظة، إن الاستعادة تمت.", "فالح العيساوي"),
    # titles: consul, district governor
    ("وقال القنصل سامي خليل إن المصابين غادروا المستشفى.", "سامي خليل"),
    ("وأكد قائمقام القضاء دلف الكبيسي أن القوات تقدمت.", "دلف الكبيسي"),
    # negative: the time word before a day name stays no name
    ("وقال صباح اليوم الوزير خالد العمر إن القوات تقدمت.", "خالد العمر"),
])
def test_names_their_neighbours_reveal(text, speaker):
    assert quotes(text)[0]["speaker_name"] == speaker


@pytest.mark.parametrize("text, speaker", [
    # a title, where it holds (في + a place), then its holder
    ("أكد القنصل السعودي في مدينة مشهد الإيرانية، عبدالله الحمراني مغادرة المصابين. وقال إن القنصلية تبلغت بالحادثة.",
     "عبدالله الحمراني"),
    ("وكانت المتحدثة باسم برنامج الأغذية العالمي في الأردن شذى المغربي، أعلنت أن البرنامج خفض القسائم.",
     "شذى المغربي"),
    # negative: no place after في, no holder taken from the words after it (the spokesman's body speaks)
    ("وقال المتحدث باسم الجيش في مؤتمر صحفي سامي إن القوات تقدمت.", "الجيش"),
])
def test_a_title_where_it_holds_then_its_holder(text, speaker):
    assert quotes(text)[-1]["speaker_name"] == speaker


@pytest.mark.parametrize("text, speakers", [
    # the agency relays the family name of a person named in full before
    ("وقال العميد عبد الأمير الخزرجي إن القوات تقدمت. ونقلت وكالة الصحافة الفرنسية عن الخزرجي قوله إن المواجهات انتهت.",
     ["عبد الأمير الخزرجي", "عبد الأمير الخزرجي"]),
    # negative: a word never met closing a name is not relayed; the agency speaks
    ("ونقلت وكالة الصحافة الفرنسية عن مقربين منه أن المواجهات انتهت.", ["وكالة الصحافة الفرنسية"]),
])
def test_a_relayed_family_name_met_before(text, speakers):
    assert [q["speaker_name"] for q in quotes(text)] == speakers


def test_the_statement_is_the_one_a_body_issued():
    # the embassy spoke `في بيان`; a programme spoke since without one: the statement is the embassy's
    text = ("وأضافت السفارة الأميركية في بيان أن المساعدة تأتي استجابة للحاجة. وكان برنامج الغذاء العالمي قد أعلن "
            "أنه سيوقف المساعدات. وأشار البيان إلى أن الحصة كبيرة.")
    assert [q["speaker_name"] for q in quotes(text)] == ["السفارة الأميركية", "برنامج الغذاء العالمي",
                                                           "السفارة الأميركية"]


@pytest.mark.parametrize("text, speaker", [
    # a common noun with the conjunction written onto it and its genitive (`وقدرة الأجهزة`) is no name:
    # the title takes the person named after it
    ("يبدو وزير الداخلية اللبناني غير قلق بالنسبة للوضع الأمني في لبنان وقدرة الأجهزة في السيطرة عليه، "
     "وأكد المشنوق أن الوضع تحت السيطرة. ورأى الوزير اللبناني أن الجهاز الأمني حقق عمليات استباقية.", "المشنوق"),
    # negative: a listed first name, or a family name after the word, keeps it a name
    ("وقال وزير الخارجية وليد المعلم إن الحوار هو الحل.", "وليد المعلم"),
    ("وقال المتحدث باسم الجيش وسام الحسيني إن القوات تقدمت.", "وسام الحسيني"),
])
def test_a_conjoined_common_noun_is_no_name(text, speaker):
    assert quotes(text)[-1]["speaker_name"] == speaker


@pytest.mark.parametrize("text, speaker", [
    # `تقرير لأمانو`: ل written onto the word after a document head marks its issuer, a person named before ...
    ("وطلب مدير الوكالة، يوكيا أمانو، العون. وكان هناك تقرير لأمانو قد أشار إلى أن الوكالة تحتاج تمويلا.",
     "يوكيا أمانو"),
    # ... or a body (`للخارجية`: ل + ال written with one lam)
    ("وقالت إيران إن المحادثات جيدة. وأشار تقرير لمجلس الشيوخ الفرنسي إلى أن الاتفاق هش.", "مجلس الشيوخ الفرنسي"),
    ("وقالت إيران إن المحادثات جيدة. وأكد بيان للخارجية أن الاتفاق هش.", "الخارجية"),
    # negative: a name met nowhere before, or a pronoun: the body that spoke last issued it
    ("وقالت إيران إن المحادثات جيدة. وأشار تقرير لأمانو إلى أن الاتفاق هش.", "إيران"),
    ("وقالت السفارة الأميركية إن المحادثات جيدة. وأشار تقرير لها إلى أن الاتفاق هش.", "السفارة الأميركية"),
])
def test_the_issuer_after_a_document_head_with_its_preposition(text, speaker):
    assert quotes(text)[-1]["speaker_name"] == speaker


@pytest.mark.parametrize("text, speaker, content", [
    # a phrase set off by commas before the complementizer may hold a comma of its own
    ("وأوضحت مجموعة العمل من أجل فلسطينيي سورية، في بيان أمس، أن القصف أحدث دمارا كبيرا.",
     "مجموعة العمل من أجل فلسطينيي سورية", "القصف أحدث دمارا كبيرا"),
    # intelligence services are bodies
    ("وبحسب الاستخبارات الاميركية فان القيادي كان من المقاتلين القلائل.", "الاستخبارات الاميركية",
     "القيادي كان من المقاتلين القلائل"),
])
def test_a_set_off_phrase_and_intelligence_bodies(text, speaker, content):
    (q,) = quotes(text)
    assert (q["speaker_name"], q["text"]) == (speaker, content)


def test_a_comma_inside_a_gap_not_set_off_before_the_complementizer_ends_the_report():
    # negative: the comma is not right before the complementizer: another clause, no report of the verb
    # (the body's name runs to سورية: the comma is set inside the phrase after it)
    assert not quotes("وأوضحت مجموعة العمل من أجل فلسطينيي سورية في بيان، أمس أن القصف أحدث دمارا كبيرا.")


@pytest.mark.parametrize("text, speaker", [
    # a given name that is also a role's modifier (باسم), right after the verb, before no body
    ("وقال باسم الضامن إن الحادثة وقعت يوم الثلاثاء.", "باسم الضامن"),
    # a word with the article closes a name after a listed first word, before a quote mark or إن
    ("وقال باسم الضامن ”شاهد عيان“ ان الحادثة وقعت يوم الثلاثاء.", "باسم الضامن"),
    ("وقال محمد الضامن إن الحادثة وقعت يوم الثلاثاء.", "محمد الضامن"),
    # negative: on behalf of a body (باسم الحكومة) is no name; the body speaks
    ("وقال باسم الحكومة إن الطريق مغلق.", "الحكومة"),
    # negative: after a title, باسم goes on with the title
    ("وقال المتحدث باسم الشرطة إن الطريق مغلق.", "الشرطة"),
    # negative: after a titled name, باسم (on behalf of) ends the name and joins no family name to it
    ("ورفع الأمير خالد الفيصل باسم أهالي محافظة جدة الشكر للملك. وقال الفيصل إن المشروع يخدم المواطنين.",
     "خالد الفيصل"),
])
def test_a_given_name_that_is_also_a_function_word(text, speaker):
    assert quotes(text)[0]["speaker_name"] == speaker


@pytest.mark.parametrize("text, speaker", [
    # the quoted name of the one told between the verb and the colon is no quote that ends the attribution
    ("وقال فالح العيساوي، نائب المحافظ، إن الاستعادة تمت. وأضاف العيساوي لوكالة «رويترز»: «القوات تفرض سيطرة كاملة».",
     "فالح العيساوي"),
    ("وقال الوزير خالد العمر لـ«الشرق الأوسط»: «القوات تفرض سيطرة كاملة».", "خالد العمر"),
    # negative: a quoted word that names no one told still ends the attribution (as before)
    ("وأضاف العيساوي في تصريح «مقتضب»: «القوات تفرض سيطرة كاملة على المدينة».", None),
])
def test_the_quoted_name_of_the_one_told_ends_no_attribution(text, speaker):
    assert quotes(text)[-1]["speaker_name"] == speaker


@pytest.mark.parametrize("text, speaker", [
    # after a verb of telling, the quoted outlet right after it is the one told; the speaker follows
    ("وأبلغ «الشرق الأوسط» عبد العزيز العكبري رئيس لجنة الخدمات، أن الحركة في الميناء عادت.", "عبد العزيز العكبري"),
    # negative: after a verb of saying, a short quoted name is its subject
    ("وقال «الحذيفي»: «الطريق مغلق تماما».", "الحذيفي"),
])
def test_the_outlet_told_is_not_the_speaker(text, speaker):
    assert quotes(text)[0]["speaker_name"] == speaker


# ---- a title alone is the person who holds that role in the article, or nobody (issue 8)

@pytest.mark.parametrize("text, speaker", [
    # another class of role: the secretary general is not the prime minister quoted before
    ("وقال رئيس الوزراء البريطاني ديفيد كاميرون إن الاتفاق جيد. وقال الأمين العام إن المجلس سيجتمع.", None),
    ("وقال مدير المرصد رامي عبد الرحمن إن القتلى بالعشرات. وقالت رئيسة اتحاد الصحافيين إن الصحافي خطف.", None),
    # negative: the same class of role, named before with its holder
    ("وقال الأمين العام للمجلس عبد اللطيف الزياني إن الاتفاق جيد. وقال الأمين العام إن المجلس سيجتمع.",
     "عبد اللطيف الزياني"),
    # negative: a person named with no role may hold the role of the title (`— сказал министр` after `Лавров`)
    ("وقال كيري إن الاتفاق جيد. وقال الوزير إن المجلس سيجتمع.", "كيري"),
])
def test_a_title_of_another_class_is_not_the_last_speaker(text, speaker):
    assert quotes(text)[-1]["speaker_name"] == speaker


@pytest.mark.parametrize("text, speaker", [
    # another body, another nationality: the Iranian oil minister is not the French foreign minister
    ("وقال وزير الخارجية الفرنسي لوران فابيوس إن الاتفاق جيد. وقال وزير النفط الإيراني إن الإنتاج سيرتفع.", None),
    ("وقال الرئيس الإيراني حسن روحاني إن الاتفاق تاريخي. وقال وزير الداخلية الإيراني إن الأمن مستتب.", None),
    # a title that fits any role (an adviser) with words the role of the one quoted lacks
    ("وقال الرئيس السوري بشار الأسد إن الحرب طويلة. وقال المستشار القانوني إن القرار باطل.", None),
    # negative: the title's words are among the role's (also in the feminine form of the adjective)
    ("وقال وزير الخارجية الفرنسي لوران فابيوس إن الاتفاق جيد. وقال الوزير الفرنسي إن الإنتاج سيرتفع.",
     "لوران فابيوس"),
    ("وقالت وزيرة الخارجية الفرنسية ماري دوبون إن الاتفاق جيد. وقالت الوزيرة الفرنسي إن الإنتاج سيرتفع.",
     "ماري دوبون"),
    # negative: a person named with the bare role word may be the one the title qualifies
    ("وقال الرئيس حسن روحاني إن الاتفاق تاريخي. وقال الرئيس الإيراني إن الأمن مستتب.", "حسن روحاني"),
])
def test_a_title_with_other_words_than_the_role_named(text, speaker):
    assert quotes(text)[-1]["speaker_name"] == speaker


@pytest.mark.parametrize("text, speaker", [
    # a feminine verb: a title is not the man quoted last
    ("وقال رامي عبد الرحمن إن القتلى بالعشرات. وقالت رئيسة الاتحاد إن الصحافي خطف.", None),
    # negative: the woman quoted before
    ("وقالت ماري دوبون إن القتلى بالعشرات. وقالت الرئيسة إن الصحافي خطف.", "ماري دوبون"),
])
def test_a_title_of_the_other_gender_is_nobody(text, speaker):
    assert quotes(text)[-1]["speaker_name"] == speaker


@pytest.mark.parametrize("text, speaker, typ", [
    # an analyst or a professor described, nobody of the kind named: a new unnamed source
    ("وقال الرئيس عبد الفتاح السيسي إن مصر آمنة. وقال أستاذ العلاقات الدولية بمركز الأهرام إن الزيارة مهمة.",
     "أستاذ العلاقات الدولية بمركز الأهرام", "anonymous"),
    ("وقال الرئيس عبد الفتاح السيسي إن مصر آمنة. وقال محلل بسوق المال المصري إن البورصة ارتفعت.",
     "محلل بسوق المال المصري", "anonymous"),
    # negative: the expert named before
    ("وقال الخبير الاقتصادي محمد العمر إن البورصة ارتفعت. وقال الرئيس إن مصر آمنة. وأضاف الخبير أن السوق قوية.",
     "محمد العمر", "person"),
])
def test_a_described_expert_is_a_new_source(text, speaker, typ):
    q = quotes(text)[-1]
    assert (q["speaker_name"], q["speaker_type"]) == (speaker, typ)


@pytest.mark.parametrize("text, speaker", [
    # a past role (السابق) may be held by a person named with another role now
    ("وقال محافظ المدينة خالد العمر إن الطريق مغلق. وقال وزير الداخلية السابق إن الأمن مستتب.", "خالد العمر"),
    # negative: the same role held now is another person's
    ("وقال محافظ المدينة خالد العمر إن الطريق مغلق. وقال وزير الداخلية إن الأمن مستتب.", None),
])
def test_a_former_role_may_be_the_one_quoted(text, speaker):
    assert quotes(text)[-1]["speaker_name"] == speaker


@pytest.mark.parametrize("text, speaker", [
    # a degree before the name is no office: the minister after it may be the doctor quoted
    ("وقال الدكتور خالد العمر، وزير الآثار، في بيان إن البعثة وصلت. وأضاف وزير الآثار أن اللوحة قديمة.",
     "خالد العمر"),
    # negative: an office held before the name is another class than the title's
    ("وقال المحافظ خالد العمر في بيان إن البعثة وصلت. وأضاف وزير الآثار أن اللوحة قديمة.", None),
])
def test_a_degree_is_no_office_held(text, speaker):
    assert quotes(text)[-1]["speaker_name"] == speaker


@pytest.mark.parametrize("form, core", [
    # the word after an opener (آل) is the name's, even a title word (الشيخ): the family آل الشيخ
    ("عبدالعزيز بن عبدالله آل الشيخ", "عبدالعزيز بن عبدالله آل الشيخ"),
    ("الشيخ عبد العزيز آل الشيخ", "عبد العزيز آل الشيخ"),
    # negative: a title after a complete name still ends it
    ("سهيل المزروعي وزير الطاقة", "سهيل المزروعي"),
    ("عبدالعزيز العمر الشيخ", "عبدالعزيز العمر"),
])
def test_the_word_after_an_opener_stays_in_the_name(form, core):
    from syria_corpus.speakers.names import name_core
    assert name_core(form, "person") == core


@pytest.mark.parametrize("text, speaker_text, name", [
    # a profession used as an honorific before a name (`المهندس`) is its title; alone, it stands for the
    # titled person of the document
    ("وقال مدير الطرق المهندس مسفر المالكي إن العمل مستمر. وبين المهندس أن الطريق سيفتح قريبا.",
     "المهندس", "مسفر المالكي"),
    # the same word listed as a family name, right after a listed name, closes that name
    ("وقال أبو مهدي المهندس إن القوات تقدمت.", "أبو مهدي المهندس", "أبو مهدي المهندس"),
    # negative: after a word that is no listed name (a verb opening the sentence) it stays a title
    ("شكا المهندس من تأخر المشروع. وقال المهندس إن الحل قريب.", "المهندس", "المهندس"),
])
def test_a_profession_before_a_name_is_a_title_after_it_a_family_name(text, speaker_text, name):
    q = quotes(text)[-1]
    assert (q["speaker_text"], q["speaker_name"]) == (speaker_text, name)


@pytest.mark.parametrize("text, expected", [
    # a title, then the quoted name of its holder, then a colon: the name speaks, the rest is the quote
    ('وقال المتحدث المهندس مسفر المالكي إن العمل مستمر. وأضاف المهندس "المالكي": الأمر ليس كما ذكر في التقارير.',
     [("indirect", "مسفر المالكي", "العمل مستمر"), ("direct", "مسفر المالكي", "الأمر ليس كما ذكر في التقارير")]),
    # negative: a quoted phrase of several words after a title is what was said
    ('وقال المتحدث المهندس مسفر المالكي إن العمل مستمر. وأضاف المهندس "الأمر ليس كما ذكر في التقارير".',
     [("indirect", "مسفر المالكي", "العمل مستمر"), ("direct", "مسفر المالكي", "الأمر ليس كما ذكر في التقارير")]),
])
def test_a_quoted_name_after_a_title_is_the_speaker(text, expected):
    assert [(q["kind"], q["speaker_name"], q["text"]) for q in quotes(text)] == expected


@pytest.mark.parametrize("text, speaker_text", [
    # a listed body (`وزارة الخارجية`) keeps its country's adjective after it
    ("وأوضحت وزارة الخارجية البحرينية، أمس، أن المملكة أدانت التصريحات.", "وزارة الخارجية البحرينية"),
    # negative: a word that is no country's adjective stays out
    ("وأوضحت وزارة الخارجية اليوم أن المملكة أدانت التصريحات.", "وزارة الخارجية"),
])
def test_a_listed_body_keeps_its_country_adjective(text, speaker_text):
    assert quotes(text)[0]["speaker_text"] == speaker_text


@pytest.mark.parametrize("text, speaker", [
    # a body named by two head words is not the last body with the first of them
    ("وقالت وزارة الداخلية البحرينية إن الخلية ضبطت. وأوضحت وزارة الخارجية أن المملكة أدانت التصريحات.",
     "وزارة الخارجية"),
    # negative: the bare head is the last body with that head
    ("وقالت وزارة الداخلية البحرينية إن الخلية ضبطت. وأوضحت الوزارة أن المملكة أدانت التصريحات.",
     "وزارة الداخلية البحرينية"),
])
def test_a_body_of_two_head_words_needs_both(text, speaker):
    assert quotes(text)[-1]["speaker_name"] == speaker


@pytest.mark.parametrize("text, speaker_text, stype", [
    # a country the places list names speaks for its government, as a listed capital does
    ("وقالت البحرين في بيان استدعاء سفيرها إن التصريحات عدائية.", "البحرين", "organisation"),
    # negative: after a connector it is where a role holds, and the name after it speaks
    ("وكان المتحدث باسم برنامج الأغذية العالمي في لبنان فادي الخطيب، أعلن أن البرنامج خفض المساعدات.",
     "فادي الخطيب", "person"),
])
def test_a_country_speaks_for_its_government(text, speaker_text, stype):
    q = quotes(text)[0]
    assert (q["speaker_text"], q["speaker_type"]) == (speaker_text, stype)


@pytest.mark.parametrize("text, name", [
    # a blessing after a dignitary's name, with or without dashes, is no part of it
    ("وقال الملك سلمان بن عبدالعزيز آل سعود -حفظه- إن المملكة ماضية في دعم اليمن.", "سلمان بن عبدالعزيز آل سعود"),
    ("ورد الملك سلمان بن عبد العزيز يحفظه الله بأن المملكة تدعم الأشقاء.", "سلمان بن عبد العزيز"),
    # negative: the name with no blessing is the whole name
    ("وقال الملك سلمان بن عبدالعزيز آل سعود إن المملكة ماضية في دعم اليمن.", "سلمان بن عبدالعزيز آل سعود"),
])
def test_a_blessing_after_a_name_is_not_part_of_it(text, name):
    assert quotes(text)[0]["speaker_name"] == name


@pytest.mark.parametrize("text, name", [
    # a conjunction on a role word opens the next member of the subject, not a name word
    ("وقال لوران فابيوس ووزير الخارجية الألماني في مؤتمر إن الاتفاق جيد.", "لوران فابيوس"),
    # time and question words after a name are no name words
    ("وقال ديفيد كاميرون أول أمس إن بريطانيا ستشارك.", "ديفيد كاميرون"),
    ("وقال محمد جواد ظريف أثناء المؤتمر إن الاتفاق تاريخي.", "محمد جواد ظريف"),
    # negative: a name that opens with و (وليد، وائل) is a name
    ("وقال وليد المعلم إن الحل سياسي.", "وليد المعلم"),
])
def test_a_name_ends_before_a_joined_role_or_a_time_word(text, name):
    assert quotes(text)[0]["speaker_name"] == name


@pytest.mark.parametrize("text, speaker_text", [
    # after a title, a listed first name and family name close the name: the bare word after is the object
    ("وأكد رئيس الفريق الإعلامي حمد العمر استمرار الحملة الإعلامية، مشيرا إلى أنه سيتم استئنافها.", "حمد العمر"),
    # a body's coordinated definite word (`والصناعة`) closes it like a definite word: the object follows
    ("وأعلنت وزارة التجارة والصناعة بدء تطبيق الدليل الوطني، موضحة أن الترميز سيطبق قريبا.",
     "وزارة التجارة والصناعة"),
    # negative: a listed word after the family name stays in the name
    ("وأكد رئيس الفريق الإعلامي حمد العمر الخالدي أن الحملة مستمرة.", "حمد العمر الخالدي"),
])
def test_the_object_after_a_subject_is_not_part_of_it(text, speaker_text):
    assert quotes(text)[-1]["speaker_text"] == speaker_text


@pytest.mark.parametrize("text, name", [
    # a title whose body or place runs on to the name: the first listed first name opens the name
    ("وأوضح مدير جمعية الثقافة والفنون بجدة عمر الجاسر أن الموسم يبدأ قريبا.", "عمر الجاسر"),
    ("وأكد رئيس بلدية ينبع د. حاتم طه أهمية الدور الكبير للمهرجان، مشيرا إلى أنه يبدأ غدا.", "حاتم طه"),
    # negative: no listed first name after the title: no name is made up
    ("وأوضح مدير جمعية الثقافة والفنون بجدة أن الموسم يبدأ قريبا.", None),
])
def test_a_listed_first_name_after_a_long_title_opens_the_name(text, name):
    assert quotes(text)[0]["speaker_name"] == name


@pytest.mark.parametrize("text, speaker", [
    # a head with a listed name is that body, not the last body with that head
    ("وقالت وكالة رويترز إن الاشتباكات مستمرة. وذكرت وكالة الأناضول أن الفصائل تقدمت.", "وكالة الأناضول"),
    # negative: the head alone is the last body with that head
    ("وقالت وكالة رويترز إن الاشتباكات مستمرة. وذكرت الوكالة أن الفصائل تقدمت.", "وكالة رويترز"),
])
def test_a_named_body_is_not_the_last_body_of_its_head(text, speaker):
    assert quotes(text)[-1]["speaker_name"] == speaker


@pytest.mark.parametrize("text, speaker, stype", [
    # a title of a class that fits any role, with words of its own, is not a person whose roles lack them:
    # nobody fits, so it is an unnamed source
    ("وقال الرئيس الأميركي باراك أوباما إن الاتفاق جيد. وأضاف المسؤول الأمني أن الإجراءات مشددة.",
     "المسؤول الأمني", "anonymous"),
    # negative: the person whose role had the word
    ("وقال وزير الخارجية الأميركي جون كيري إن المحادثات مثمرة. وأضاف المسؤول الأميركي أن الاتفاق قريب.",
     "جون كيري", "person"),
])
def test_a_generic_title_with_its_own_words_needs_a_role_that_has_them(text, speaker, stype):
    q = quotes(text)[-1]
    assert (q["speaker_name"], q["speaker_type"]) == (speaker, stype)


@pytest.mark.parametrize("text, expected", [
    # a bare outlet head and the outlet's quoted name: the outlet speaks, its name is no quote
    ("وقالت صحيفة «وول ستريت جورنال» الأمريكية إن المحادثات تعثرت.",
     [("indirect", "صحيفة «وول ستريت جورنال»", "المحادثات تعثرت")]),
    # and the head with the article later is that outlet
    ('وذكرت صحيفة "الحياة" أن الوفد وصل. وقالت الصحيفة إن الاتفاق قريب.',
     [("indirect", 'صحيفة "الحياة"', "الوفد وصل"), ("indirect", 'صحيفة "الحياة"', "الاتفاق قريب")]),
    # negative: after a head with the article (it may stand alone) the quoted words are what was said
    ("وقالت الصحيفة «الحرب انتهت» في عنوانها الرئيسي.", [("direct", "الصحيفة", "الحرب انتهت")]),
])
def test_an_outlet_head_and_its_quoted_name_are_the_speaker(text, expected):
    assert [(q["kind"], q["speaker_name"], q["text"]) for q in quotes(text)] == expected


@pytest.mark.parametrize("text, speaker", [
    # a head with another word is not the last body of that head (`وزارة الداخلية` after the Foreign Ministry)
    ("وقالت وزارة الخارجية الإيرانية إن المحادثات مستمرة. وقالت وزارة الداخلية إن الخلية ضبطت.",
     "وزارة الداخلية"),
    # a bare head is the body that spoke, not one named in passing after it
    ("وذكر المجلس الوطني للمقاومة الإيرانية أن المظاهرة انطلقت قرب مجلس الشورى. وأضاف المجلس أن الأمن فرقها.",
     "المجلس الوطني للمقاومة الإيرانية"),
    # negative: with no body that spoke, the last body of that head
    ("انطلقت المظاهرة قرب مجلس الشورى. وأضاف المجلس أن الأمن فرقها.", "مجلس الشورى"),
])
def test_a_short_body_name_finds_the_body_it_names(text, speaker):
    assert quotes(text)[-1]["speaker_name"] == speaker
