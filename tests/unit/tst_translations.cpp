// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Message
{
    QString translation;
    QString type;
    bool numerus = false;
};

// context + source + disambiguation identify a message, as in Qt Linguist.
using MessageKey = QString;

MessageKey keyOf(const QString &context, const QString &source, const QString &comment)
{
    return context + u'\x1f' + source + u'\x1f' + comment;
}

QHash<MessageKey, Message> readTs(const QString &path, QString *error)
{
    QHash<MessageKey, Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open "_s + path;
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name"_s && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message"_s) {
                inMessage = true;
                source.clear();
                comment.clear();
                current = Message{};
                current.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
            } else if (inMessage && name == u"source"_s) {
                source = xml.readElementText();
            } else if (inMessage && name == u"comment"_s) {
                comment = xml.readElementText();
            } else if (inMessage && name == u"translation"_s) {
                current.type = xml.attributes().value(u"type"_s).toString();
                if (current.numerus) {
                    // Every plural form must be filled; keep the first for the checks below.
                    QString forms;
                    while (xml.readNextStartElement()) {
                        const QString form = xml.readElementText();
                        if (form.isEmpty())
                            current.type = u"unfinished"_s;
                        if (forms.isEmpty())
                            forms = form;
                    }
                    current.translation = forms;
                } else {
                    current.translation = xml.readElementText();
                }
            }
        } else if (xml.isEndElement() && xml.name() == u"message"_s) {
            inMessage = false;
            messages.insert(keyOf(context, source, comment), current);
        }
    }
    if (xml.hasError())
        *error = path + u": "_s + xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d+|n)"_s);
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

/// The German and French translations are part of the product: every string the sources pass
/// through tr() must be translated, with the same placeholders.
class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everySourceStringIsTranslated_data();
    void everySourceStringIsTranslated();

private:
    QTemporaryDir m_dir;
    QHash<MessageKey, Message> m_fresh;
};

void tst_Translations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString freshTs = m_dir.filePath(u"fresh.ts"_s);
    const QString root = QStringLiteral(FLOWDESK_SOURCE_DIR);
    QProcess lupdate;
    lupdate.setWorkingDirectory(root);
    lupdate.start(QStringLiteral(FLOWDESK_LUPDATE),
                  {u"-silent"_s,
                   u"-no-obsolete"_s,
                   u"-locations"_s,
                   u"none"_s,
                   u"-I"_s,
                   root,
                   u"-extensions"_s,
                   u"cpp,h,ui"_s,
                   u"app"_s,
                   u"models"_s,
                   u"views"_s,
                   u"-ts"_s,
                   freshTs});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    QString error;
    m_fresh = readTs(freshTs, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(!m_fresh.isEmpty(), "lupdate found no tr() strings");
}

void tst_Translations::everySourceStringIsTranslated_data()
{
    QTest::addColumn<QString>("tsFile");
    QTest::newRow("german") << QStringLiteral(FLOWDESK_SOURCE_DIR "/translations/flowdesk_de.ts");
    QTest::newRow("french") << QStringLiteral(FLOWDESK_SOURCE_DIR "/translations/flowdesk_fr.ts");
}

void tst_Translations::everySourceStringIsTranslated()
{
    QFETCH(QString, tsFile);
    QString error;
    const QHash<MessageKey, Message> committed = readTs(tsFile, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList problems;
    for (auto it = m_fresh.cbegin(); it != m_fresh.cend(); ++it) {
        const QString readable = QString(it.key()).replace(u'\x1f', u" | "_s);
        const auto found = committed.constFind(it.key());
        if (found == committed.cend()) {
            problems.append(u"missing: "_s + readable);
            continue;
        }
        if (found->translation.isEmpty() || found->type == u"unfinished"_s
            || found->type == u"vanished"_s || found->type == u"obsolete"_s) {
            problems.append(u"untranslated: "_s + readable);
            continue;
        }
        const QString source = it.key().section(u'\x1f', 1, 1);
        if (placeholders(source) != placeholders(found->translation))
            problems.append(u"placeholders differ: "_s + readable);
    }
    problems.sort();
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1 problem(s) in %2 (run `make translations`, then translate):\n"_s
                            .arg(problems.size())
                            .arg(tsFile)
                        + problems.mid(0, 40).join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
