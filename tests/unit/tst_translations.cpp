// The German translation is complete: every message in the .ts file (which
// `update_translations` regenerates from the sources) has a finished translation,
// and the sources hold no tr() string the .ts file lacks.
#include "TestEnvironment.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace storelens::test;

class TestTranslations : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context;
        QString source;
        bool finished = false;
        bool hasTranslation = false;
    };

    static QList<Message> readTs(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QXmlStreamReader xml(&file);
        QList<Message> messages;
        QString context;
        Message current;
        bool inMessage = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("name") && !inMessage) {
                    context = xml.readElementText();
                } else if (xml.name() == QLatin1String("message")) {
                    inMessage = true;
                    current = Message{context, {}, true, false};
                } else if (xml.name() == QLatin1String("source")) {
                    current.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    const QString type = xml.attributes().value(QLatin1String("type")).toString();
                    current.finished = type != QLatin1String("unfinished");
                    // Plural forms carry <numerusform> children.
                    const QString text =
                        xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    current.hasTranslation = !text.trimmed().isEmpty();
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                inMessage = false;
                messages << current;
            }
        }
        return messages;
    }

private slots:
    void germanIsComplete()
    {
        const QList<Message> messages =
            readTs(sourcePath(QStringLiteral("translations/storelens_de.ts")));
        QVERIFY(messages.size() > 50);
        QStringList missing;
        for (const Message &m : messages) {
            if (!m.finished || !m.hasTranslation)
                missing << m.context + QStringLiteral(": ") + m.source;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    // A cross-check that lupdate has been run: every single-literal tr("...")
    // of the sources appears in the .ts file.
    void sourcesAreCovered()
    {
        QSet<QString> known;
        for (const Message &m : readTs(sourcePath(QStringLiteral("translations/storelens_de.ts"))))
            known.insert(m.source);
        // tr( "literal" followed by , or ) -- one literal, not a concatenation.
        static const QRegularExpression call(
            QStringLiteral("\\btr\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*[,)]"));
        QStringList missing;
        int checked = 0;
        for (const char *dir : {"core", "ui", "app"}) {
            QDirIterator it(sourcePath(QString::fromLatin1(dir)),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString text = QString::fromUtf8(file.readAll());
                auto matches = call.globalMatch(text);
                while (matches.hasNext()) {
                    QString literal = matches.next().captured(1);
                    literal.replace(QStringLiteral("\\\""), QStringLiteral("\""))
                        .replace(QStringLiteral("\\n"), QStringLiteral("\n"))
                        .replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
                    ++checked;
                    if (!known.contains(literal))
                        missing << QFileInfo(file.fileName()).fileName() + QStringLiteral(": ") +
                                       literal;
                }
            }
        }
        QVERIFY(checked > 50);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("run the update_translations target:\n") +
                            missing.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
