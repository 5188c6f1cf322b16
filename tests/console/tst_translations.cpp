// The German translation the package ships: every string the console shows is in it (lupdate over today's sources
// finds nothing new), each translation keeps its source's placeholders and mnemonic, and the compiled catalogue
// turns real widgets German.
#include "app/mainwindow.h"
#include "connect/connectiondialog.h"

#include <QAbstractButton>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
    bool finished = false;
    bool numerus = false;
};

QList<Message> readCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(path));
        return {};
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            messages << m;
        } else if (xml.name() == "source"_L1 && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == "translation"_L1 && !messages.isEmpty()) {
            const QStringView type = xml.attributes().value("type"_L1);
            messages.last().finished = type.isEmpty();
            if (!messages.last().numerus)
                messages.last().translations << xml.readElementText();
        } else if (xml.name() == "numerusform"_L1 && !messages.isEmpty()) {
            messages.last().translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        qWarning("%s: %s at line %lld", qPrintable(path), qPrintable(xml.errorString()), xml.lineNumber());
    return messages;
}

// "%1", "%L2", "%n", sorted: what QString::arg() and tr()'s plural fill in.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(\\d+|n)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &m : pattern.globalMatch(text))
        found << m.captured(0);
    found.sort();
    return found;
}

// "&Connect" has one; "&&" is a literal ampersand and "Tools & Context" has none.
int mnemonics(const QString &text)
{
    static const QRegularExpression pattern(u"(?<!&)&(?=[^&\\s])"_s);
    return int(text.count(pattern));
}

QString describe(const Message &m)
{
    return u"%1: \"%2\""_s.arg(m.context, m.source);
}

const QString kCatalogue = QStringLiteral(MENTATS_SOURCE_DIR "/translations/mentats_de.ts");

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStringOfTheConsoleIsTranslated()
    {
        // lupdate over the directories `--target update_translations` reads, on a copy: a string added to the
        // sources since the catalogue was last brought up to date comes back unfinished.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(u"mentats_de.ts"_s);
        QVERIFY(QFile::copy(kCatalogue, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        QStringList arguments{u"-no-obsolete"_s, u"-locations"_s, u"none"_s};
        for (const QString &translated : QStringLiteral(MENTATS_TRANSLATED_DIRS).split(u','))
            arguments << QStringLiteral(MENTATS_SOURCE_DIR) + u'/' + translated;
        arguments << u"-ts"_s << copy;
        lupdate.start(QStringLiteral(MENTATS_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        const QList<Message> messages = readCatalogue(copy);
        QVERIFY(messages.size() > 800);
        QStringList untranslated;
        for (const Message &m : messages)
            if (!m.finished || m.translations.isEmpty() || m.translations.front().isEmpty())
                untranslated << describe(m);
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(u"%1 of %2 strings have no German translation; run `cmake --build build --target "
                            "update_translations` and translate them in translations/mentats_de.ts, first:\n  %3"_s
                                .arg(untranslated.size())
                                .arg(messages.size())
                                .arg(untranslated.mid(0, 15).join(u"\n  "_s))));
    }

    void translationsKeepPlaceholdersAndMnemonics()
    {
        const QList<Message> messages = readCatalogue(kCatalogue);
        QVERIFY(messages.size() > 500);
        QStringList wrong;
        for (const Message &m : messages) {
            if (m.numerus && m.translations.size() != 2) {
                wrong << describe(m) + u" needs a singular and a plural form"_s;
                continue;
            }
            for (const QString &t : m.translations) {
                // German's singular may say "eine Aktion" where English has "%n action"; the plural keeps them all.
                const bool singular = m.numerus && &t == &m.translations.front();
                QStringList expected = placeholders(m.source);
                if (singular)
                    expected.removeAll(u"%n"_s);
                QStringList got = placeholders(t);
                if (singular)
                    got.removeAll(u"%n"_s);
                if (got != expected)
                    wrong << u"%1 → \"%2\": placeholders %3, not %4"_s.arg(describe(m), t, got.join(u' '),
                                                                           expected.join(u' '));
                if (mnemonics(t) != mnemonics(m.source))
                    wrong << u"%1 → \"%2\": %3 mnemonics, not %4"_s.arg(describe(m), t)
                                 .arg(mnemonics(t))
                                 .arg(mnemonics(m.source));
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    void theConsoleSpeaksGerman()
    {
        // The catalogue built into the console, as main() loads it for a German locale.
        QTranslator translator;
        QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany), u"mentats"_s, u"_"_s, u":/i18n"_s));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const auto uninstall = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });

        QSet<QString> english;  // context and source of what has a German translation of its own
        QSet<QString> germanly; // context and that translation
        for (const Message &m : readCatalogue(kCatalogue)) {
            if (!m.numerus && m.translations.value(0) != m.source) {
                english.insert(m.context + u'\x1f' + m.source);
                germanly.insert(m.context + u'\x1f' + m.translations.value(0));
            }
        }

        // A form (retranslateUi) and a window built in code: every text shown that has a German translation shows it.
        ConnectionDialog dialog;
        MainWindow window;
        const QList<std::pair<QWidget *, QString>> shown = {{&dialog, u"ConnectionDialog"_s},
                                                            {&window, u"MainWindow"_s}};
        int checked = 0;
        QStringList untranslated;
        for (const auto &[top, context] : shown) {
            QStringList texts;
            for (const QLabel *label : top->findChildren<QLabel *>())
                texts << label->text();
            for (const QAbstractButton *button : top->findChildren<QAbstractButton *>())
                texts << button->text();
            for (const QGroupBox *box : top->findChildren<QGroupBox *>())
                texts << box->title();
            texts << top->windowTitle();
            for (const QString &text : std::as_const(texts)) {
                if (english.contains(context + u'\x1f' + text))
                    untranslated << u"%1: \"%2\""_s.arg(context, text);
                if (germanly.contains(context + u'\x1f' + text))
                    ++checked;
            }
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(u"still English:\n"_s + untranslated.join(u'\n')));
        QCOMPARE_GE(checked, 10);
        QCOMPARE(dialog.windowTitle(), QCoreApplication::translate("ConnectionDialog", "Connect to TeamTime"));
        QVERIFY(dialog.windowTitle() != u"Connect to TeamTime"_s);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
