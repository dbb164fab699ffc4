"""Indonesian news: rules found by reading detik-style articles (quote marks stripped or padded
with spaces, mixed mark styles, `…, ujarnya.`, `Ketua X, Nama`, `Hari (dd/mm)` date lines,
counted nouns restricted to the lexicon). All sentences are written for these tests."""
import pytest

from extraction import dates_of, figures_of, parsed, quotes_of
from syria_corpus.extract.dates import find_dateline


def quotes(text):
    return quotes_of("id", text)


def figures(text):
    return figures_of("id", text)


def dates(text, date=None):
    return dates_of("id", text, date)


# ------------------------------------------------------------------ quote marks

@pytest.mark.parametrize("text,content,speaker", [
    # marks set off by spaces
    ('Pihak masjid membantah. " Berita itu hoaks seribu persen, " kata Abu di Jakarta.',
     "Berita itu hoaks seribu persen", "Abu"),
    # ASCII opening, curly closing
    ('"Tim akan mengklarifikasi kejadian tersebut kepada warga,” ucap Sofia.',
     "Tim akan mengklarifikasi kejadian tersebut kepada warga", "Sofia"),
    # a curly opening mark used to close, after a nested quote
    ('"Kami meminta Kemlu yang menjadi “atasan” konsulat untuk menjelaskan, “ kata Suyatno.',
     "Kami meminta Kemlu yang menjadi “atasan” konsulat untuk menjelaskan", "Suyatno"),
])
def test_mixed_and_padded_marks(text, content, speaker):
    q = quotes(text)
    assert [(r["text"], r["speaker_text"]) for r in q] == [(content, speaker)]


def test_quoted_title_case_name_is_no_quote():
    assert quotes('Mereka membawa spanduk bertuliskan "Tolak Perang Di Suriah" ke kedutaan.') == []


# ------------------------------------------------------------------ quotes without marks

@pytest.mark.parametrize("text,content,cue,name", [
    ("Dokter Budi Santoso menjelaskan gejalanya. Tidak ada bukti bahwa cara itu menolong pasien, tegas Budi.",
     "Tidak ada bukti bahwa cara itu menolong pasien", "tegas", "Budi Santoso"),
    ("Menteri Retno Marsudi tiba di Jenewa. Kami akan terus mendorong gencatan senjata, ujarnya kepada wartawan, Senin (2/11).",
     "Kami akan terus mendorong gencatan senjata", "ujarnya", "Retno Marsudi"),
    ("Ketua komunitas itu, Suparno Nojeng, hadir. Itu sama saja menghina budaya sendiri, kata dia.",
     "Itu sama saja menghina budaya sendiri", "kata", "Suparno Nojeng"),
    # a continuation verb with its subject after it (`imbuh X`) names its speaker
    ("Peneliti Wulan Sari hadir. Sekolah ini sudah lama kekurangan guru, imbuh Wulan.",
     "Sekolah ini sudah lama kekurangan guru", "imbuh", "Wulan Sari"),
])
def test_sentence_closed_by_inverted_verb_is_a_quote(text, content, cue, name):
    q = [r for r in quotes(text) if r["cue"] == cue]
    assert [(r["text"], r["speaker_name"]) for r in q] == [(content, name)]


@pytest.mark.parametrize("text,content,name", [
    ("Pada kesempatan tersebut, lanjut Suparno, komunitas meminta pemerintah bertindak tegas.",
     "komunitas meminta pemerintah bertindak tegas", "Suparno"),
    ("Lagipula, imbuh Wulan Sari, sekolah itu sudah lama kekurangan guru.",
     "sekolah itu sudah lama kekurangan guru", "Wulan Sari"),
    ("Dosen itu, Wulan Sari, datang terlambat. Pasalnya, lanjutnya, jalan menuju kampus ditutup sejak pagi.",
     "jalan menuju kampus ditutup sejak pagi", "Wulan Sari"),
])
def test_aside_cue_reports_the_clause_after_it_not_before(text, content, name):
    """`Pada kesempatan itu, lanjut X, …`: the words before the aside are no quote; the clause after it is reported."""
    q = [r for r in quotes(text) if r["cue"] in ("lanjut", "imbuh", "lanjutnya")]
    assert [(r["text"], r["kind"], r["speaker_name"]) for r in q] == [(content, "indirect", name)]


@pytest.mark.parametrize("text", [
    "Warga datang ke kantor desa kemarin, ujar Budi, tetapi tidak ada petugas di sana.",   # a long clause before
    "Harga beras naik, lanjut pedagang, dan stok menipis.",   # nobody named after the verb
])
def test_aside_cue_after_a_clause_reports_nothing_after_it(text):
    assert [r for r in quotes(text) if r["kind"] == "indirect"] == []


def test_dateline_is_not_part_of_an_unmarked_quote():
    q = quotes("Jakarta - Serangan udara menewaskan sedikitnya 20 warga sipil di Aleppo, kata Observatorium Suriah.")
    assert q[0]["text"].startswith("Serangan udara")


def test_pronoun_takes_the_person_quoted_last_not_the_last_name():
    text = ("Ketua paguyuban, Begug Purnomosidi, mengatakan pembakaran itu penghinaan. "
            "Budaya ini milik Republik Indonesia dan Paguyuban Reog, kata dia.")
    q = [r for r in quotes(text) if r["cue"] == "kata"]
    assert q[0]["speaker_name"] == "Begug Purnomosidi"


def test_kata_after_a_quote_heads_no_clause():
    text = '"Kami mempertanyakan tim yang dibentuk Kemlu," kata Suparno dalam rilis yang diterima redaksi, Senin malam.'
    q = quotes(text)
    assert [r["text"] for r in q] == ["Kami mempertanyakan tim yang dibentuk Kemlu"]


def test_reference_number_is_no_speaker():
    assert quotes("Menurut pasal 2 UU Nomor 7 Tahun 1978, gaji presiden adalah enam kali gaji pokok.") == []


# ------------------------------------------------------------------ speakers: role, organisation, name

@pytest.mark.parametrize("text,name,role_part", [
    ('"Itu hoaks," kata Kepala Bagian Protokol Masjid Istiqlal, Abu Hurairah, kepada wartawan.',
     "Abu Hurairah", "Masjid Istiqlal"),
    ("Menurut Wakil Ketua Komunitas Reyog Ponorogo (KRP) Suparno Nojeng, pertemuan berlangsung lancar.",
     "Suparno Nojeng", "Komunitas Reyog"),
    ("Juru bicara Kementerian Luar Negeri Rusia, Maria Zakharova, menegaskan bahwa Moskow tidak akan mundur.",
     "Maria Zakharova", "Juru bicara"),
    ("Menteri Komunikasi dan Informatika Rudiantara menegaskan bahwa pemerintah tidak segan bertindak.",
     "Rudiantara", None),
])
def test_person_after_a_body_takes_the_role(text, name, role_part):
    q = quotes(text)
    assert q[0]["speaker_name"] == name
    if role_part:
        assert role_part in (q[0]["role"] or "")


def test_person_before_a_comma_is_not_merged_with_the_next():
    text = "Menteri Luar Negeri Rusia Sergei Lavrov, Kerry dan Zarif bertemu di Wina."
    names = [text[m.start:m.end] for m in parsed("id", text).mentions if m.kind == "name"]
    assert "Sergei Lavrov" in names and "Kerry" in names


# ------------------------------------------------------------------ dates

@pytest.mark.parametrize("text,value", [
    ("Rapat berlangsung Senin (9/11) malam di Jakarta.", "XXXX-11-09"),
    ("Hal itu disampaikan juru bicara Apple, Rabu (24/9).", "XXXX-09-24"),
])
def test_weekday_with_day_and_month(text, value):
    assert value in [d["value"] for d in dates(text)]


def test_weekday_date_line_further_down_anchors_relative_dates():
    text = ("Jakarta - Sejumlah peserta aksi tidak bisa masuk masjid karena pintu ditutup. " + "Pengurus masjid "
            "menjelaskan aturan jam buka kepada para peserta yang datang dari luar kota. " * 4 +
            "Hal itu disampaikan Abu saat dikonfirmasi, Selasa (21/2/2017). Kemarin rombongan datang. "
            "Rapat digelar Senin (20/2) malam.")
    assert find_dateline(text, "id") == "2017-02-21"
    values = {d["text"]: d["value"] for d in dates(text)}
    assert values["Kemarin"] == "2017-02-20"
    assert values["Senin (20/2)"] == "2017-02-20"


def test_date_after_since_is_no_date_line():
    assert find_dateline("Sejak 15 Maret 2011 konflik Suriah menewaskan ratusan ribu orang.", "id") is None


def test_law_number_is_no_duration():
    assert [d["value"] for d in dates("Hal itu diatur dalam UU Nomor 7 Tahun 1978.")] == ["1978"]


# ------------------------------------------------------------------ figures

@pytest.mark.parametrize("text", [
    "iPhone 6 mempunyai bodi yang kuat.",
    "Peserta Aksi 212 Jilid 2 datang ke Jakarta.",
    "Sebanyak 212 berencana hadir besok.",
    "Pengguna mengeluh layar 6 saat dipakai.",
])
def test_no_figure_without_a_counted_noun(text):
    assert figures(text) == []


@pytest.mark.parametrize("text,value,unit,category", [
    ("Serangan itu menewaskan sedikitnya 22 orang di Idlib.", 22, "orang", "killed"),
    ("Pesawat Rusia melakukan 50 serangan udara dalam sehari.", 50, "serangan udara", "airstrikes"),
    ("Sekitar 2.000 pengungsi tiba di perbatasan.", 2000, "pengungsi", "refugees"),
    ("Rombongan datang dengan 5 bus dari Madura.", 5, "bus", None),
    ("Sebanyak 18 anggota komunitas berkumpul di depan kantor.", 18, "anggota", "people"),
])
def test_counted_nouns(text, value, unit, category):
    f = figures(text)
    assert [(r["value"], r["unit"], r["category"]) for r in f] == [(value, unit, category)]


def test_comma_after_the_verb_opens_the_clause():
    text = ("Juru Bicara Presiden Johan Budi mengatakan, pihaknya belum mendapat informasi yang cukup. "
            "“Nanti aku konfirmasi dulu ya,” ujarnya.")
    q = quotes(text)
    assert [(r["text"], r["speaker_name"]) for r in q] == [
        ("pihaknya belum mendapat informasi yang cukup", "Johan Budi"),
        ("Nanti aku konfirmasi dulu ya", "Johan Budi")]


def test_dateline_with_a_date_is_not_part_of_an_unmarked_quote():
    text = ("Jakarta, Senin (10/10/2016) - Serangan udara di kota Aleppo menewaskan sedikitnya 30 warga sipil, "
            "kata Observatorium Suriah untuk Hak Asasi Manusia.")
    (r,) = quotes(text)
    assert r["text"] == "Serangan udara di kota Aleppo menewaskan sedikitnya 30 warga sipil"


def test_headline_verb_tewaskan_is_killed():
    (f,) = figures("Serangan udara tewaskan 30 warga sipil di Aleppo")
    assert (f["value"], f["category"], f["victims"]) == (30, "killed", "civilians")


# ---- speakers on unseen news (issue 8): -nya cues, short mentions, self-subject verbs

def test_menurutnya_refers_to_the_person_just_introduced():
    text = ("Polisi menangkap lima orang. \"Mereka sudah diperiksa,\" kata Kapolres Budi Santoso. "
            "Versi lain datang dari Kabag Penum Kombes Martinus Sitompul. Menurutnya, isu itu adalah hoaks.")
    rows = quotes_of("id", text)
    assert [(r["cue"], r["speaker_name"]) for r in rows] == [("kata", "Budi Santoso"),
                                                             ("Menurutnya", "Martinus Sitompul")]


def test_ujarnya_keeps_the_person_quoted_last():
    text = ("\"Kami sudah bekerja,\" kata Menteri Retno Marsudi. Ia bertemu Duta Besar Mark Lane. "
            "\"Semua berjalan baik,\" ujarnya.")
    assert [r["speaker_name"] for r in quotes_of("id", text)] == ["Retno Marsudi", "Retno Marsudi"]


@pytest.mark.parametrize("text, speaker", [
    ("Kabag Penum Kombes Martinus Sitompul hadir di sana. Martinus mengatakan kerusuhan sudah reda.",
     "Martinus Sitompul"),                                          # a first name inside a longer name
    ("Bupati Irvan Rivano Muchtar hadir. Irvan mengatakan permainan itu berbahaya.", "Irvan Rivano Muchtar"),
    ("Bupati Irvan Rivano Muchtar hadir. Budi mengatakan permainan itu berbahaya.", "Budi"),   # no link
])
def test_a_short_mention_takes_the_longer_name(text, speaker):
    assert [r["speaker_name"] for r in quotes_of("id", text)] == [speaker]


def test_a_self_subject_verb_takes_no_name_after_it():
    text = "Budi Santoso hadir. \"Saya berharap warga tenang,\" katanya di Menteng, Jakarta."
    (r,) = quotes_of("id", text)
    assert (r["speaker_text"], r["speaker_name"]) == ("katanya", "Budi Santoso")
@pytest.mark.parametrize("text, speaker", [
    # a place is never a name: it stays part of the role before the name
    ("Bupati Cianjur Irvan Rivano Muchtar mengatakan permainan itu berbahaya.", "Irvan Rivano Muchtar"),
    ("Menurut pihak MUI Indramayu, permainan itu haram.", "MUI Indramayu"),   # an acronym names the body
])
def test_places_and_acronyms_in_speaker_names(text, speaker):
    assert [r["speaker_name"] for r in quotes_of("id", text)] == [speaker]


def test_a_place_alone_is_no_speaker():
    assert quotes_of("id", "Di Menteng, Jakarta mengatakan warga sudah tenang.") == []
    (r,) = quotes_of("id", "Budi Santoso, di Jakarta, Senin (10/10/2016), mengatakan warga sudah tenang.")
    assert r["speaker_name"] == "Budi Santoso"


@pytest.mark.parametrize("text,speaker", [
    # a platform is a body: `ia` goes to the person before it
    ("Menteri Rudiantara hadir di Jakarta, Senin. Facebook menyatakan akan bekerja sama dengan pemerintah. "
     "Ia menuturkan, pihaknya tidak akan menutup platform itu.", "Rudiantara"),
    # negative: a person who spoke last is still `ia`
    ("Facebook hadir di Jakarta, Senin. Menteri Rudiantara menyatakan akan bekerja sama dengan Facebook. "
     "Ia menuturkan, pihaknya tidak akan menutup platform itu.", "Rudiantara"),
])
def test_pronoun_skips_a_platform(text, speaker):
    assert quotes_of("id", text)[-1]["speaker_name"] == speaker


@pytest.mark.parametrize("text,speaker", [
    # `ujarnya mengutip pernyataan Menlu`: the one quoted speaks, not the one who quotes
    ('Menlu Retno Marsudi menerima Suparno di Jakarta. "Kami meminta masyarakat menenangkan diri," '
     'ujar Suparno mengutip pernyataan Menlu.', "Retno Marsudi"),
    ('Menlu Retno Marsudi menerima Suparno di Jakarta. Suparno hadir bersama Ketua KRP. "Kami meminta masyarakat '
     'menenangkan diri," ujarnya mengutip pernyataan Menlu.', "Retno Marsudi"),
    # negative: without `mengutip`, the -nya verb is the one who quotes
    ('Menlu Retno Marsudi menerima Suparno di Jakarta. Wakil Ketua KRP Suparno hadir. "Kami meminta masyarakat '
     'menenangkan diri," ujarnya.', "Suparno"),
])
def test_the_one_quoted_speaks(text, speaker):
    assert quotes_of("id", text)[-1]["speaker_name"] == speaker


@pytest.mark.parametrize("text,speaker", [
    # a representative of a body with no one named: the body speaks
    ('"Dengan penggunaan normal, iPhone 6 Plus akan sangat langka melengkung," ungkap perwakilan Apple '
     'seperti yang dikutip dari laman Business Insider.', "Apple"),
    # negative: a named spokesperson speaks in person
    ('"Kami akan menyelidiki kasus ini," kata Juru Bicara Polri Rikwanto di Jakarta.', "Rikwanto"),
])
def test_representative_of_a_body(text, speaker):
    assert quotes_of("id", text)[0]["speaker_name"] == speaker


# ------------------------------------------------------------------ reporting verbs without `bahwa`

@pytest.mark.parametrize("text,content,cue", [
    ("Dia menyebut data para pelanggan telah bocor ke pihak lain.", "data para pelanggan telah bocor ke pihak lain",
     "menyebut"),
    ("Terkait hal itu, Wulan Sari menyampaikan sekolah akan menambah guru.", "sekolah akan menambah guru",
     "menyampaikan"),
    ("Wulan Sari mengaku keputusan itu diambil tanpa tekanan.", "keputusan itu diambil tanpa tekanan", "mengaku"),
    ("Kepala sekolah Wulan Sari memastikan semua siswa sudah pulang.", "semua siswa sudah pulang", "memastikan"),
    ("Wulan Sari membenarkan sekolah itu ditutup sementara.", "sekolah itu ditutup sementara", "membenarkan"),
])
def test_statement_verbs_report_a_bare_clause(text, content, cue):
    q = quotes(text)
    assert [(r["text"], r["cue"], r["kind"]) for r in q] == [(content, cue, "indirect")]


@pytest.mark.parametrize("text", [
    "Wulan Sari menyampaikan di Bandung kemarin.",   # a place, no clause
    "Wulan Sari menyebut di depan kelas.",
])
def test_statement_verb_before_a_preposition_reports_nothing(text):
    assert quotes(text) == []


@pytest.mark.parametrize("text,content,cue,name", [
    ('"Kapan sekolah itu dibuka lagi?" tanya Wulan Sari kepada wartawan.', "Kapan sekolah itu dibuka lagi?", "tanya",
     "Wulan Sari"),
    ('"Belum ada jadwal," jawab Hendra Gunawan singkat.', "Belum ada jadwal", "jawab", "Hendra Gunawan"),
    ('"Kami akan terus bekerja," tulis Hendra Gunawan di akun media sosialnya.', "Kami akan terus bekerja", "tulis",
     "Hendra Gunawan"),
])
def test_questions_answers_and_writing_attribute_a_quote(text, content, cue, name):
    q = quotes(text)
    assert [(r["text"], r["cue"], r["speaker_name"]) for r in q] == [(content, cue, name)]


@pytest.mark.parametrize("text,cue,name", [
    ('Polisi menangkap dua orang, kata Kapolres Hendra Gunawan. "Mereka membawa senjata tajam," imbuh Hendra.',
     "imbuh", "Hendra Gunawan"),
    ('Kapolres Hendra Gunawan memimpin razia itu. "Mereka membawa senjata tajam," imbuhnya.', "imbuhnya",
     "Hendra Gunawan"),
])
def test_continuation_verb_after_a_quote_attributes_it(text, cue, name):
    q = [r for r in quotes(text) if r["text"] == "Mereka membawa senjata tajam"]
    assert [(r["cue"], r["speaker_name"]) for r in q] == [(cue, name)]


def test_continuation_verb_in_the_next_sentence_is_not_the_quotes():
    text = '"Mereka membawa senjata tajam." Menambahkan keterangan itu, polisi memutar video.'
    assert [r["cue"] for r in quotes(text)] == [None]


# ------------------------------------------------------------------ who speaks

@pytest.mark.parametrize("text,name", [
    # `pihaknya`, `dirinya`: -nya forms refer back like `ia`
    ("Ketua paguyuban, Hendra Gunawan, hadir di sana. Pihaknya berpendapat, kasus ini harus dibawa ke pengadilan.",
     "Hendra Gunawan"),
    # schools, churches and headquarters are bodies: never the antecedent of `ia`
    ("Hendra Gunawan menerima penghargaan dari Kolese Loyola. Ia menegaskan bahwa penghargaan itu untuk gurunya.",
     "Hendra Gunawan"),
])
def test_nya_pronouns_and_bodies(text, name):
    q = quotes(text)
    assert [r["speaker_name"] for r in q] == [name]


@pytest.mark.parametrize("text,name,typ", [
    ("Mabes Polri secara resmi menyatakan bahwa kerusuhan berawal dari razia.", "Mabes Polri", "organisation"),
    ("Gereja Immanuel menyatakan bahwa misa tetap digelar.", "Gereja Immanuel", "organisation"),
    ("Hendra Gunawan menyatakan bahwa misa tetap digelar.", "Hendra Gunawan", "person"),
])
def test_headquarters_and_churches_are_bodies(text, name, typ):
    q = quotes(text)
    assert [(r["speaker_name"], r["speaker_type"]) for r in q] == [(name, typ)]


@pytest.mark.parametrize("text,name,typ", [
    # one capitalised word after an organisation head names the body
    ("Kolese Loyola menyatakan bahwa sekolah tetap dibuka.", "Kolese Loyola", "organisation"),
    ("Universitas Nusantara menyatakan bahwa kuliah tetap digelar.", "Universitas Nusantara", "organisation"),
    # a person's name after a role and its body is still the person
    ("Rektor Universitas Nusantara, Hendra Gunawan, menyatakan bahwa kuliah tetap digelar.", "Hendra Gunawan",
     "person"),
])
def test_name_after_an_organisation_head_is_the_body(text, name, typ):
    q = quotes(text)
    assert [(r["speaker_name"], r["speaker_type"]) for r in q] == [(name, typ)]


def test_role_and_its_body_is_a_title_not_a_person():
    text = ('"Kuliah tetap digelar," kata Hendra Gunawan. '
            'Pasalnya, lanjut Rektor Universitas Nusantara itu, ruang kelas sudah diperbaiki.')
    q = [r for r in quotes(text) if r["cue"] == "lanjut"]
    assert [(r["speaker_text"], r["speaker_name"]) for r in q] == [("Rektor Universitas Nusantara", "Hendra Gunawan")]


# ------------------------------------------------------------------ attributions after a quote

@pytest.mark.parametrize("text,cue,name", [
    ('"Semua saksi akan diperiksa," demikian keterangan Hendra Gunawan.', "demikian keterangan", "Hendra Gunawan"),
    ('Kapolres Hendra Gunawan hadir. "Semua saksi akan diperiksa," demikian Hendra menanggapi pertanyaan wartawan.',
     "menanggapi", "Hendra Gunawan"),
])
def test_demikian_opens_an_attribution(text, cue, name):
    q = quotes(text)
    assert [(r["cue"], r["speaker_name"]) for r in q] == [(cue, name)]


def test_demikian_in_the_next_sentence_attributes_nothing():
    text = '"Semua saksi akan diperiksa." Demikian pula Hendra menanggapi pertanyaan wartawan.'
    assert [r["cue"] for r in quotes(text)] == [None]


@pytest.mark.parametrize("text,content", [
    # the opening mark was lost: the quote ends at the closing mark and leaves the attribution out
    ('Semua saksi akan diperiksa," kata Hendra Gunawan di Jakarta, Senin.', "Semua saksi akan diperiksa"),
    ('Polisi sudah bekerja.\nKasus ini segera tuntas," ujar Hendra Gunawan kepada wartawan.', "Kasus ini segera tuntas"),
])
def test_closing_mark_without_opener_does_not_swallow_the_attribution(text, content):
    q = quotes(text)
    assert [(r["text"], r["speaker_name"]) for r in q] == [(content, "Hendra Gunawan")]


@pytest.mark.parametrize("text,content", [
    ('Ia berkata, "Semua saksi akan diperiksa."', "Semua saksi akan diperiksa."),
    ('Ia berkata: " Semua saksi akan diperiksa. "', "Semua saksi akan diperiksa."),
])
def test_opening_mark_after_a_comma_or_colon_still_opens(text, content):
    assert [r["text"] for r in quotes(text)] == [content]


@pytest.mark.parametrize("text", [
    "Hendra Gunawan tidak mengatakan bahwa saksi sudah diperiksa.",
    "Hendra Gunawan tak pernah menyatakan bahwa saksi sudah diperiksa.",
    "Hendra Gunawan belum menyampaikan bahwa saksi sudah diperiksa.",
])
def test_negated_verb_reports_nothing(text):
    assert quotes(text) == []


@pytest.mark.parametrize("text", [
    "Hendra Gunawan pernah mengatakan bahwa saksi sudah diperiksa.",
    "Hendra Gunawan mengatakan bahwa saksi tidak diperiksa.",
])
def test_verb_not_negated_reports(text):
    assert [r["cue"] for r in quotes(text)] == ["mengatakan"]


# ------------------------------------------------------------------ names: short forms, bodies, adverbs

@pytest.mark.parametrize("text,speaker,name,typ", [
    # initials in parentheses after a person's name stand for that person later
    ('Mantan menteri Hendra Tri Gunawan (HTG) hadir. "Semua sama di depan hukum," kata HTG.', "HTG",
     "Hendra Tri Gunawan", "person"),
    # a nickname in parentheses that opens like one of the name's words
    ('Gubernur Hendra Gunawan (Hendro) hadir. "Semua sama di depan hukum," kata Hendro.', "Hendro",
     "Hendra Gunawan", "person"),
    # an acronym that is not the person's initials is not the person
    ('Hendra Gunawan (PKB) hadir. "Semua sama di depan hukum," kata PKB.', "PKB", "PKB", "organisation"),
])
def test_short_form_in_parentheses_is_the_person(text, speaker, name, typ):
    q = quotes(text)
    assert [(r["speaker_text"], r["speaker_name"], r["speaker_type"]) for r in q] == [(speaker, name, typ)]


@pytest.mark.parametrize("text,name,typ", [
    ("Badan Pangan Nusantara (BPN) menyatakan bahwa stok beras cukup.", "Badan Pangan Nusantara", "organisation"),
    ("Hendra Tri Gunawan (HTG) menyatakan bahwa stok beras cukup.", "Hendra Tri Gunawan", "person"),
])
def test_body_spelled_out_before_its_acronym(text, name, typ):
    q = quotes(text)
    assert [(r["speaker_name"], r["speaker_type"]) for r in q] == [(name, typ)]


@pytest.mark.parametrize("text,name", [
    ("Lagipula Hendra Gunawan mengatakan bahwa saksi sudah diperiksa.", "Hendra Gunawan"),
    ("Akhirnya Hendra Gunawan mengakui bahwa saksi sudah diperiksa.", "Hendra Gunawan"),
    ("Hendra Gunawan mengatakan bahwa saksi sudah diperiksa.", "Hendra Gunawan"),
])
def test_sentence_adverb_is_no_part_of_a_name(text, name):
    assert [r["speaker_name"] for r in quotes(text)] == [name]


@pytest.mark.parametrize("text,speaker", [
    # the names inside a `yang` clause are never the subject, commas or not
    ("Tim dokter yang merawat Hendra Gunawan mengatakan bahwa kondisinya membaik.", "Tim dokter"),
    ("Warga yang tinggal di dekat rumah Hendra Gunawan mengatakan bahwa banjir sudah surut.", "Warga"),
    # the subject right before `yang` speaks
    ("Hendra Gunawan yang juga Ketua RT mengatakan bahwa banjir sudah surut.", "Hendra Gunawan"),
    # a `yang` clause inside the reported clause changes nothing
    ("Hendra Gunawan mengatakan bahwa warga yang tinggal di dekat sungai harus mengungsi.", "Hendra Gunawan"),
])
def test_relative_clause_before_the_verb(text, speaker):
    assert [r["speaker_text"] for r in quotes(text)] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    # a long title running on over commas closes with its holder's name
    ('"Itu hanya bahan diskusi," jelas Kepala Biro Hukum, Humas, dan Protokol Kementerian Pertanian, '
     'Hendra Gunawan kepada wartawan.', "Hendra Gunawan"),
    # a clause after the title's comma is no part of it
    ('"Itu hanya bahan diskusi," kata Kepala Biro Hukum, kemudian Hendra Gunawan datang.', "Kepala Biro Hukum"),
])
def test_title_running_over_commas_closes_with_its_holder(text, speaker):
    assert [r["speaker_text"] for r in quotes(text)] == [speaker]


@pytest.mark.parametrize("text,name", [
    # a name written after a noun of things (a game, a language, an app) is no antecedent of `-nya`
    ('Peneliti Hendra Gunawan hadir. Ia membahas permainan Naga Emas. "Permainan itu berbahaya," katanya.',
     "Hendra Gunawan"),
    ('Peneliti Hendra Gunawan hadir. Ia belajar bahasa Latin. "Bahasa itu indah," katanya.', "Hendra Gunawan"),
    # a platform or an association is a body, never `ia`
    ('Peneliti Hendra Gunawan hadir. Ia jarang membuka Tumblr. "Situs itu sepi," katanya.', "Hendra Gunawan"),
    # the same name as a speaker stays a person
    ('Peneliti Hendra Gunawan hadir. "Bahasa itu indah," kata Hendra.', "Hendra Gunawan"),
])
def test_things_are_no_antecedents(text, name):
    assert [r["speaker_name"] for r in quotes(text)] == [name]


def test_association_is_a_body():
    q = quotes("Perhimpunan Pedagang menyatakan bahwa harga naik.")
    assert [(r["speaker_name"], r["speaker_type"]) for r in q] == [("Perhimpunan Pedagang", "organisation")]


def test_continuation_after_sambil_goes_on_with_the_speaker():
    text = ('Ketua paguyuban, Hendra Gunawan, hadir. "Kami menuntut keadilan," ungkapnya sambil menambahkan, '
            'kabar itu membuat warga resah.')
    q = [r for r in quotes(text) if r["cue"] == "menambahkan"]
    assert [(r["text"], r["kind"], r["speaker_name"]) for r in q] == [
        ("kabar itu membuat warga resah", "indirect", "Hendra Gunawan")]


def test_continuation_with_nobody_before_reports_nothing():
    assert quotes("Menambahkan, kabar itu membuat warga resah.") == []


@pytest.mark.parametrize("text,expected", [
    # a cue opening the sentence is neither part of the name nor a second quote (`kata` is verb and prefix)
    ("Kata Agus, pihaknya akan segera bertindak.", [("Agus", "person")]),
    # a frequent misspelling of an organisation head still heads a body
    ("Menurut data Kementrian Kelautan, 12 kapal tenggelam.", [("Kementrian Kelautan", "organisation")]),
    # negative: the verb reading after a quote is unchanged
    ('"Kami siap," kata Agus Setiyoko.', [("Agus Setiyoko", "person")]),
])
def test_sentence_opening_cue_and_misspelled_body(text, expected):
    assert [(q["speaker_name"], q["speaker_type"]) for q in quotes_of("id", text)] == expected


@pytest.mark.parametrize("text,name,role", [
    # a ministry's or agency's fields, and the `dan` between them, belong to the role
    ('"Ini tidak benar," ujar Kepala Badan Pengawas Obat dan Makanan Penny Lukito.', "Penny Lukito",
     "Kepala Badan Pengawas Obat dan Makanan"),
    ('"Harga lele stabil," kata Kepala Dinas Perikanan dan Kelautan.', None, "Kepala Dinas Perikanan dan Kelautan"),
    ('"Ekonomi melambat," kata mantan Direktur Pelaksana Bank Dunia Sri Mulyani.', "Sri Mulyani",
     "Direktur Pelaksana Bank Dunia"),   # `mantan` (former) stays out of the role, as before
    ('"Ini berbahaya," kata pengamat terorisme Al Chaidar.', "Al Chaidar", "pengamat terorisme"),
    # a police rank written as one word (`Kombes Pol`)
    ('"Kami sudah memeriksa," kata Kombespol Martinus Sitompul.', "Martinus Sitompul", "Kombespol"),
    # a field word the data does not list ends the role as before: the name is what follows
    ('"Kami sepakat," kata Menteri Keuangan Sri Mulyani.', "Sri Mulyani", "Menteri Keuangan"),
])
def test_a_role_runs_over_a_bodys_fields(text, name, role):
    q = quotes_of("id", text)
    assert [(x["speaker_name"], x["role"]) for x in q] == [(name, role)]


@pytest.mark.parametrize("form,core", [
    ("Astried Indrasari SpPD", "Astried Indrasari"),
    ("Usma Polita Nasution M.kes", "Usma Polita Nasution"),
    ("Budi Santoso, S.H., M.H.", "Budi Santoso"),
    ("Jack Ma", "Jack Ma"),                 # degrees as written: `Ma` is no MA
    ("SpS", "SpS"),                         # nothing before the degree: the word stays
])
def test_degrees_after_a_name_are_not_part_of_it(form, core):
    from syria_corpus.speakers.names import name_core
    assert name_core(form, "person") == core


# ------------------------------------------------------------------ issue 8: classes seen on articles of other sources

@pytest.mark.parametrize("text,start,speaker", [
    ("Menurut Hartono ada sejumlah alasan perusahaan itu tidak kooperatif.", "ada sejumlah", "Hartono"),
    ("Namun, menurut Bobby penutupan layanan itu tak perlu dilakukan.", "Namun", "Bobby"),
    ("Menurut Nojeng jika perangkat sudah rusak sebaiknya tidak dimusnahkan.", "jika perangkat", "Nojeng"),
    ("Menurut Budi Santoso, harga beras akan naik bulan depan.", "harga beras", "Budi Santoso"),   # with its comma
])
def test_menurut_and_its_source_without_a_comma(text, start, speaker):
    q = quotes(text)
    assert len(q) == 1 and q[0]["text"].startswith(start) and q[0]["speaker_text"] == speaker


@pytest.mark.parametrize("text", [
    "Menurut data BPS jumlah penduduk miskin turun.",     # no person or body as the source
    "Menurut Hartono.",                                   # no clause
    # `kata` is also the noun `word`: without a comma it opens no clause after a name
    "Kabar mengenai arti kata Pokemon dari bahasa Suryani mencuat ketika koran itu memberitakan rumor.",
])
def test_menurut_without_a_clause_after_its_source(text):
    assert quotes(text) == []


@pytest.mark.parametrize("text,start,speaker", [
    ("Dijelaskan Imam, game itu merupakan permainan tiga dimensi dan berbasis GPS.", "game itu", "Imam"),
    ("Ditambahkan Hartono, warga sudah dievakuasi sejak pagi.", "warga sudah", "Hartono"),
])
def test_a_passive_verb_and_its_agent_opening_the_sentence(text, start, speaker):
    q = quotes(text)
    assert len(q) == 1 and q[0]["text"].startswith(start) and q[0]["speaker_text"] == speaker


@pytest.mark.parametrize("text", [
    "Hal itu dikatakan Kapolri Tito Karnavian saat meninjau lokasi, Jumat (10/11).",   # mid-sentence
    "Dikatakan pula Menlu telah menerima informasi dari konsul, properti telah rusak.",   # no agent right after it
])
def test_a_passive_verb_elsewhere_reports_nothing(text):
    assert quotes(text) == []


@pytest.mark.parametrize("text,start", [
    ("Dia melanjutkan, khawatir boleh, tapi jangan berlebihan.", "khawatir boleh"),
    ("Martinus membeberkan fakta yang terjadi adalah pemeriksaan rutin di dalam sel.", "fakta yang"),
])
def test_more_verbs_of_saying(text, start):
    q = quotes(text)
    assert len(q) == 1 and q[0]["text"].startswith(start)


def test_a_short_quote_inside_a_clause_is_part_of_it():
    q = quotes('Ia mengatakan bahwa aksi itu "sangat berbahaya" bagi warga sekitar.')
    assert [(r["kind"], r["text"]) for r in q] == [("indirect", 'aksi itu "sangat berbahaya" bagi warga sekitar')]


@pytest.mark.parametrize("text,speaker", [
    # a list of names: the one before a comma is no role of the next
    ("Menkominfo Rudiantara ditanya wartawan. Misalnya saja Telegram, Tumblr, Vimeo, dsb. Kendati berani memblokir, "
     "Rudiantara tak ingin gegabah. Menurut dia, ada kondisi-kondisi tertentu untuk pemblokiran.", "Rudiantara"),
    # the role's short form in brackets before the name
    ("Menteri Komunikasi dan Informatika ( Menkominfo), Rudiantara, didera pertanyaan. Misalnya saja Telegram, "
     "Tumblr, Vimeo. Menurut dia, ada kondisi-kondisi tertentu untuk pemblokiran.", "Rudiantara"),
])
def test_a_list_of_names_is_no_role_and_name(text, speaker):
    assert [r["speaker_name"] for r in quotes(text)] == [speaker]


def test_a_body_then_a_name_is_still_a_role_and_name():
    q = quotes("Juru bicara Kementerian Luar Negeri, Arrmanatha Nasir, mengatakan bahwa WNI dalam keadaan aman.")
    assert q[0]["speaker_name"] == "Arrmanatha Nasir" and q[0]["role"]


@pytest.mark.parametrize("text,speaker", [
    ("Selain itu, Jon Fort, editor situs berita CNBC juga menyebutkan bahwa hanya sedikit konsumen yang mengeluh.",
     "Jon Fort"),
    ("Budi Santoso, ahli kanker dari Perhimpunan Onkologi Indonesia menjelaskan bahwa penelitian perlu dilakukan.",
     "Budi Santoso"),
])
def test_a_body_closing_the_role_after_a_name_is_not_the_subject(text, speaker):
    assert [r["speaker_text"] for r in quotes(text)] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("Budi Santoso, ketua RT, bertemu warga. Kementerian Kesehatan menjelaskan bahwa vaksin itu aman.",
     "Kementerian Kesehatan"),   # another sentence
    ("Budi Santoso, ahli kanker, dan Kementerian Kesehatan menjelaskan bahwa vaksin itu aman.",
     "Kementerian Kesehatan"),   # a comma and a conjunction: the body is no part of the role
])
def test_a_body_after_a_finished_role_is_the_subject(text, speaker):
    q = quotes(text)
    assert q and speaker in q[-1]["speaker_text"] and "Budi" not in q[-1]["speaker_text"]


@pytest.mark.parametrize("text,speaker", [
    ("Pemerintah Kota Surabaya melakukan klarifikasi. Pemkot mengklaim tidak pernah menyebut permen itu berbahaya.",
     "Pemerintah Kota Surabaya"),
    ("Pemerintah Kabupaten Bogor diam. Pemkot mengklaim tidak pernah menyebut permen itu berbahaya.",
     "Pemkot"),   # no city government named: the short form stays as written
])
def test_a_short_form_names_the_body_called_so_before(text, speaker):
    assert [r["speaker_name"] for r in quotes(text)] == [speaker]


# ---- figures on unseen news (issue 8): measure nouns, a noun before the number, acronyms

@pytest.mark.parametrize("text,found", [
    ("Gaji wapres berdasar indeks penghasilan 64000 per bulan.", [("64000", 64000)]),
    ("Gubernur memperoleh gaji dengan indeks 13333 setiap bulan.", [("13333", 13333)]),
    # negative: a measure noun before a stopword, or no measure noun at all, gives a bare number nothing
    ("Menurut indeks yang 500 itu tidak jelas.", []),
    ("Gaji wapres berdasar penghasilan 64000 per bulan.", []),
])
def test_measure_noun_before_a_bare_number(text, found):
    assert [(f["text"], f["value"]) for f in figures(text)] == found


@pytest.mark.parametrize("text,found", [
    ('"Laki-laki 170 dan wanita 70 orang," kata dia.',
     [("Laki-laki 170", 170, "people"), ("70 orang", 70, "people")]),
    ("Korban terdiri atas pria 20, wanita 15.", [("pria 20", 20, "people"), ("wanita 15", 15, "women")]),
    # negatives: a year, a lone `pasien 1`, a noun that counts no person
    ("Kegiatan itu diikuti warga 2019, kata dia.", []),
    ("Kondisi pasien 1, kata dokter, membaik.", []),
    ("Kami naik Densus 88, kata dia.", []),
])
def test_person_noun_before_a_number_counts_it(text, found):
    assert [(f["text"], f["value"], f["category"]) for f in figures(text)] == found


@pytest.mark.parametrize("text,found", [
    ("Kominfo mengumumkan penutupan untuk 11 DNS milik Telegram.", [("11 DNS", 11)]),
    ("Polisi memeriksa 3 ABK kapal itu.", [("3 ABK", 3)]),
    # negatives: a time zone after an hour, a capitalised name after a number, a 3D game
    ("Rapat dimulai pukul 10 WIB di gedung itu.", []),
    ("Ponsel itu dijual di 5 Jakarta.", []),
    ("Pokemon GO merupakan permainan tiga dimensi.", []),
])
def test_acronym_after_a_number_is_counted(text, found):
    assert [(f["text"], f["value"]) for f in figures(text)] == found


@pytest.mark.parametrize("text", [
    "Lakukan PENUSUKAN pada 10 UJUNG JARI TANGAN.",       # text set in capitals
    "Presiden ke 45 AS ini punya kekayaan pribadi.",      # a country after an ordinal
])
def test_no_acronym_count(text):
    assert figures(text) == []


# ------------------------------------------------------------------ words between a role and its holder

@pytest.mark.parametrize("text,name", [
    # lower-case words saying whose role it is stand between the role and the name
    ('"Kami siap menempuh jalur hukum," kata kuasa hukum importir permen dot Prihadi Saputra di Surabaya.',
     "Prihadi Saputra"),
    ('"Kami siap menempuh jalur hukum," kata pengacara pabrik gula Budi Santoso di Surabaya.', "Budi Santoso"),
    # a relative clause, a demonstrative and a preposition, or a verb: the name is someone else
    ('"Kami siap menempuh jalur hukum," kata kuasa hukum yang membela Budi Santoso di Surabaya.', None),
    ('"Kami siap menempuh jalur hukum," kata pengacara itu kepada Budi Santoso di Surabaya.', None),
    ('"Kami siap menempuh jalur hukum," kata pengacara sambil menunjuk Budi Santoso di Surabaya.', None),
    # someone indefinite, described, at a body named after a preposition, then the name
    ("Menurut salah satu pegawai di Pengadilan Negeri (PN) Kabupaten Tuban, Bahyu Agung Kurniawan, kuas itu perlu "
     "diwaspadai.", "Bahyu Agung Kurniawan"),
    ('"Kami siap menempuh jalur hukum," kata seorang warga kepada Budi Santoso.', "seorang warga"),
])
def test_descriptive_words_between_role_and_name(text, name):
    assert [r["speaker_name"] for r in quotes(text)] == [name]


# ------------------------------------------------------------------ hopes and notes of a person

@pytest.mark.parametrize("text,content,speaker", [
    # `Ia berharap`, `Dia mencatat` after a person is named: reported speech of that person
    ("Anggota DPR Taufiqulhadi meminta warga tenang. Ia berharap masyarakat tidak terprovokasi kabar bohong itu.",
     "masyarakat tidak terprovokasi kabar bohong itu", "Taufiqulhadi"),
    ("Menteri Retno Marsudi hadir. Dia mencatat ada tiga kasus baru pekan ini di perbatasan.",
     "ada tiga kasus baru pekan ini di perbatasan", "Retno Marsudi"),
    # a group's wish, a body's record, a negated hope: no statement
    ("Hujan belum turun sejak April. Warga berharap hujan segera turun minggu ini.", None, None),
    ("Badan Pusat Statistik mencatat ada tiga juta penganggur pada tahun ini.", None, None),
    ("Ketua RT Budi Santoso hadir. Ia tidak berharap banyak dari pertemuan itu.", None, None),
    # `sepakat … bahwa`: agreeing that, said by a person; agreeing to something, or two countries agreeing, is not
    ("Anggota DPR Taufiqulhadi hadir. Ia pun sepakat dengan pihak kepolisian bahwa keributan itu karena razia ponsel.",
     "keributan itu karena razia ponsel", "Taufiqulhadi"),
    ("Anggota DPR Taufiqulhadi hadir. Ia sepakat dengan usul itu dan pulang lebih awal.", None, None),
    ("Kedua negara sepakat bahwa perbatasan akan dibuka pekan depan.", None, None),
])
def test_hope_or_note_of_a_person_is_reported_speech(text, content, speaker):
    q = quotes(text)
    assert [(r["text"], r["speaker_name"]) for r in q] == ([(content, speaker)] if content else [])


@pytest.mark.parametrize("text,speaker", [
    # a title and a word of its role before `yang`: the title is the subject, its holder speaks
    ("Kepala Dinas Kesehatan Febria Rachmanita hadir. Dokter gigi yang akrab disapa Feni tersebut menjelaskan, "
     "sampel diambil di beberapa lokasi.", "Febria Rachmanita"),
    # a verb after the title: the one before `yang` is its object, the subject of the cue
    ("Kepala Dinas Kesehatan Febria Rachmanita hadir. Dokter memeriksa warga yang tinggal di dekat pasar "
     "menjelaskan, sampel diambil di beberapa lokasi.", "warga"),
])
def test_title_with_role_words_before_relative_clause(text, speaker):
    assert [r["speaker_name"] for r in quotes(text)] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    # a man or woman described, closed by `ini`/`itu`, opening the sentence: the last person named
    ("Peneliti Budhi Baskhara hadir. Pria lulusan Universitas Ahmad Yani Bandung jurusan kimia ini mengatakan "
     "bahwa bulu sintesis biasanya dari nilon.", "Budhi Baskhara"),
    ("Peneliti Budhi Baskhara hadir. Pria yang akrab disapa Budi ini mengatakan bahwa bulu sintesis biasanya dari "
     "nilon.", "Budhi Baskhara"),
    # someone the person met, a negated verb: nobody
    ("Peneliti Budhi Baskhara hadir. Pria yang ditemui Budhi di pasar itu mengatakan bahwa bulu sintesis biasanya "
     "dari nilon.", None),
    ("Peneliti Budhi Baskhara hadir. Pria itu tidak mengatakan bahwa bulu sintesis biasanya dari nilon.", None),
])
def test_described_person_opening_the_sentence(text, speaker):
    assert [r["speaker_name"] for r in quotes(text)] == ([speaker] if speaker else [])


@pytest.mark.parametrize("text,speaker", [
    # a person named again inside a relative clause on the subject is not the last person for `ia`
    ("Ananda Sukarlan walk out. Gubernur Anies Baswedan yang diminta tanggapannya terkait aksi Ananda Sukarlan dan "
     "sejumlah alumni, mengaku tak tahu. Namun ia menegaskan bahwa dirinya memiliki hubungan baik dengan sekolah itu.",
     "Anies Baswedan"),
    # outside a relative clause the last person named stays the antecedent
    ("Ananda Sukarlan walk out. Gubernur Anies Baswedan bertemu Ananda Sukarlan dan sejumlah alumni. Namun ia "
     "menegaskan bahwa dirinya memiliki hubungan baik dengan sekolah itu.", "Ananda Sukarlan"),
])
def test_name_inside_relative_clause_is_no_antecedent(text, speaker):
    q = [r for r in quotes(text) if r["cue"] == "menegaskan"]
    assert [r["speaker_name"] for r in q] == [speaker]


# ------------------------------------------------------------------ speakers: words that are no names

def _names(text):
    return [text[m.start:m.end] for m in parsed("id", text).mentions if m.kind == "name"]


@pytest.mark.parametrize("text,kept,dropped", [
    # a sentence's first word the article also writes in lower case is a common word, not a name word
    ("Pendukung Anies menyuarakan boikot Traveloka. Para pendukung lain diam saja. Anies tidak berkomentar.",
     "Anies", "Pendukung Anies"),
    ("Aksi Ananda diikuti sejumlah alumni. Sebelumnya aksi itu viral. Ananda Sukarlan tidak menyesal.",
     "Ananda", "Aksi Ananda"),
    # written only capitalised, the first word stays part of the name
    ("Joko Widodo meresmikan jembatan itu. Widodo lalu berpidato di depan warga.", "Joko Widodo", "Widodo lalu"),
])
def test_sentence_opener_written_in_lower_case_elsewhere_is_no_name_word(text, kept, dropped):
    names = _names(text)
    assert kept in names and dropped not in names


@pytest.mark.parametrize("text,role", [
    # a body right after a preposition is where someone goes, not the role of the name after it
    ("Pak Harjo tiba-tiba rajin ke masjid, Anwar rajin ke sawah.", None),
    # a body opening the phrase is the role of the name after the comma
    ("Kepala Bagian Protokol Masjid Istiqlal, Abu Hurairah, hadir di sana.", "Kepala Bagian Protokol Masjid Istiqlal"),
])
def test_body_after_a_preposition_is_no_role(text, role):
    ms = [m for m in parsed("id", text).mentions if m.kind == "name" and text[m.start:m.end] in ("Anwar", "Abu Hurairah")]
    assert [m.role for m in ms] == [role]


def test_bracketed_word_after_kata_is_no_speaker():
    text = ("Pokemon itu akronim dari Poket Monster. Penjelasannya, kata (Poke) itu singkatan dari kata (Pocket), "
            "artinya kantong. Dan kata (Mon) merupakan singkatan dari kata (Monster), artinya monster.")
    assert [r["speaker_name"] for r in quotes(text) if r["speaker_name"]] == []
    # a bracket after the name (an age) keeps the speaker
    q = quotes('"Kami sudah melapor ke polisi," kata Budi (45) di Jakarta.')
    assert [r["speaker_name"] for r in q] == ["Budi"]


@pytest.mark.parametrize("text,speaker", [
    # a name opening clauses again and again is the person the article is about: `dia` and `katanya` are his
    ("Mustajab tiba-tiba datang ke warung. Jadi intinya begini, Mustajab kembali bicara soal game. Tetangganya, "
     "Mamat, rajin ke masjid, Anwar rajin ke sawah. \"Game ini memberi pengaruh positif,\" katanya.", "Mustajab"),
    # a sentence's first word met only there twice is no such name (`Tapi`): the person quoted before stays
    ("\"Kami sudah siap,\" kata Budi Santoso. Tapi hujan turun lagi. Tapi angin juga kencang. "
     "\"Acara tetap jalan,\" katanya.", "Budi Santoso"),
])
def test_recurring_clause_subject_is_an_antecedent(text, speaker):
    assert [r["speaker_name"] for r in quotes(text)][-1] == speaker


@pytest.mark.parametrize("text,speaker", [
    # a pronoun opening the sentence is the subject of its verb across a joined verb
    ("Mustajab datang ke warung. Malam itu, Mustajab lalu duduk. \"Aku belum tertarik, Jab,\" saya menjawab. "
     "Dia terkekeh dan berkata, \"Kamu harus tahu soal game ini.\"", "Mustajab"),
    # another subject named before the verb is its subject
    ("Mustajab datang ke warung. Dia terkekeh, lalu Budi Santoso berkata, \"Kamu harus tahu soal game ini.\"",
     "Budi Santoso"),
])
def test_pronoun_opening_the_sentence_is_the_subject(text, speaker):
    q = [r for r in quotes(text) if r["cue"] == "berkata"]
    assert [r["speaker_name"] for r in q] == [speaker]


def test_continuation_verb_after_a_quote_takes_the_name_before_it():
    q = quotes('"Tapi itu tidak penting," katanya.\n\n"Ini ada artikel lagi," Mustajab menambahkan. Koran itu terbit.')
    assert (q[-1]["cue"], q[-1]["speaker_name"]) == ("menambahkan", "Mustajab")
    # in the next sentence, the verb is not the quote's
    q = quotes('"Ini ada artikel lagi." Budi menambahkan bahwa harga naik.')
    assert [r["cue"] for r in q if r["text"] == "Ini ada artikel lagi"] != ["menambahkan"]


@pytest.mark.parametrize("text,speaker", [
    # a name opening the quote's own sentence is its topic, not who `dia` is
    ("Direktur Informasi Kemenlu Siti Sofia Sudarma mengatakan enam pengurus datang. Siti mengaku telah "
     "mengklarifikasi ke Konjen RI. Pihak Konjen, kata dia, mengakui melakukan pembakaran itu.",
     "Siti Sofia Sudarma"),
])
def test_name_opening_the_quote_sentence_is_not_the_pronoun(text, speaker):
    q = [r for r in quotes(text) if r["cue"] == "kata"]
    assert [r["speaker_name"] for r in q] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    # a name opening with a thing noun (`Bahasa Suryani`) names a thing, no antecedent of `katanya`
    ("Mustajab membaca artikel. Mustajab lalu diam. Di sana, Mustajab kembali membaca. Bahasa Suryani dituturkan "
     "di Suriah. \"Itu bahasa kuno,\" katanya.", "Mustajab"),
])
def test_name_opening_with_a_thing_noun_is_no_person(text, speaker):
    assert [r["speaker_name"] for r in quotes(text)][-1] == speaker


@pytest.mark.parametrize("text,speaker", [
    # a degree with its bracketed grade and field, set off by commas, is no name: the role after it is the name's
    ("dr Dradjat R Suardi, SpB(K) Onk, ahli kanker dari Perhimpunan Onkologi Indonesia menjelaskan bahwa "
     "penelitian perlu dilakukan.", "Dradjat R Suardi"),
    # a name set off by commas stays the subject
    ("dr Dradjat R Suardi, Budi Santoso, ahli kanker dari Perhimpunan Onkologi Indonesia menjelaskan bahwa "
     "penelitian perlu dilakukan.", "Budi Santoso"),
])
def test_degree_between_commas_is_no_name(text, speaker):
    assert [r["speaker_name"] for r in quotes(text)] == [speaker]


@pytest.mark.parametrize("text,speaker,content", [
    # a doctor's speciality belongs to the role; the degree and where the doctor works precede the clause
    ("Menurut dokter spesialis saraf, dr Herianto Tjandra, SpS dari Eka Hospital BSD, berbagai faktor dapat "
     "menghambat penanganan pasien.", "Herianto Tjandra", "berbagai faktor"),
    # with no degree, the clause opens after the name's comma
    ("Menurut dokter spesialis saraf, dr Herianto Tjandra, berbagai faktor dapat menghambat penanganan pasien.",
     "Herianto Tjandra", "berbagai faktor"),
])
def test_prefix_source_with_speciality_and_degree(text, speaker, content):
    q = quotes(text)
    assert [(r["speaker_name"], r["text"].startswith(content)) for r in q] == [(speaker, True)]


@pytest.mark.parametrize("text,speaker", [
    # the words that name a body after its head elsewhere in the article belong to the role, not to the name
    ("Reaksi itu disampaikan Komunitas Reog Jabodetabek. Sekjen Paguyuban Reog Jabodetabek Agus Setiyoko "
     "mengatakan pihaknya meminta penjelasan.", "Agus Setiyoko"),
    # not written as a body's name elsewhere, the words stay the name's
    ("Reaksi itu disampaikan Komunitas Reog Ponorogo. Sekjen Paguyuban Budi Santoso Agus mengatakan pihaknya "
     "meminta penjelasan.", "Budi Santoso Agus"),
])
def test_body_name_written_elsewhere_is_no_part_of_the_person(text, speaker):
    q = [r for r in quotes(text) if r["cue"] == "mengatakan"]
    assert [r["speaker_name"] for r in q] == [speaker]


def test_long_bracketed_gloss_between_role_and_name():
    text = ('"Kami ingin penjelasan resmi," kata Sekjen Paguyuban Reog Jabodetabek (Jakarta, Bogor, Depok, '
            'Tangerang dan Bekasi), Agus Setiyoko, Senin (2/11).')
    assert [r["speaker_name"] for r in quotes(text)] == ["Agus Setiyoko"]


def test_role_with_only_a_body_name_written_elsewhere_names_nobody():
    text = ('Reaksi itu disampaikan Komunitas Reog Jabodetabek. "Kami ingin penjelasan resmi," kata Sekjen Paguyuban '
            'Reog Jabodetabek, Senin (2/11).')
    assert [r["speaker_name"] for r in quotes(text)] != ["Reog Jabodetabek"]


@pytest.mark.parametrize("text,speaker", [
    # a title closed by a demonstrative is the person just named, whatever role that person was given
    # (a person who spoke: `Rp` of an amount named since is none, nor any name in passing)
    ("\"Saya minta maaf,\" kata Konsul Loegeng. Tokoh masyarakat Ponorogo di Jakarta Suparno Nojeng menyambut "
     "positif. \"Sudah ada permohonan maaf,\" ujar Nojeng. Dendanya Rp 20 juta. Dikatakan Wakil Ketua Komunitas "
     "Reog Ponorogo (KRP) se Jabodetabek ini, pengurus kembali mendatangi Kemenlu.", "Suparno Nojeng"),
    # without the demonstrative the title takes a person of its class, not simply the last one named
    ("Ketua KRP Budi Santoso hadir. Tokoh masyarakat Ponorogo Suparno Nojeng menyambut positif. "
     "Dikatakan Ketua KRP, pengurus kembali mendatangi Kemenlu.", "Budi Santoso"),
])
def test_title_with_demonstrative_is_the_person_just_named(text, speaker):
    q = [r for r in quotes(text) if r["cue"] == "Dikatakan"]
    assert [r["speaker_name"] for r in q] == [speaker]


@pytest.mark.parametrize("text, name", [
    # a sentence adverb of manner or time opening the sentence is no name word
    ('Mendadak Mustajab berkata, "Saya tidak tahu apa-apa soal itu."', "Mustajab"),
    ("Tiba-tiba Budi Santoso mengatakan bahwa rapat ditunda.", "Budi Santoso"),
    # negative: the name alone is the name
    ('Mustajab berkata, "Saya tidak tahu apa-apa soal itu."', "Mustajab"),
])
def test_a_sentence_adverb_before_a_name_is_not_part_of_it(text, name):
    assert quotes(text)[0]["speaker_name"] == name
