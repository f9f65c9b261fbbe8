#include "common/Transliteration.h"

#include <QTest>

using namespace storelens;

class TestTransliteration : public QObject
{
    Q_OBJECT
private slots:
    void toAscii_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("ascii");
        QTest::newRow("plain") << "Olivia Smith"
                               << "Olivia Smith";
        QTest::newRow("diaeresis") << "Zoë Müller"
                                   << "Zoe Muller";
        QTest::newRow("acute") << "Chloé García"
                               << "Chloe Garcia";
        QTest::newRow("caron") << "Novák Dvořák"
                               << "Novak Dvorak";
        QTest::newRow("sharp s") << "Straße STRAẞE"
                                 << "Strasse STRASSE";
        QTest::newRow("ligatures") << "Æsa Cæcilie Œuvre"
                                   << "AEsa Caecilie OEuvre";
        QTest::newRow("o stroke") << "Søren Ødegaard"
                                  << "Soren Odegaard";
        QTest::newRow("l stroke") << "Łukasz Michał"
                                  << "Lukasz Michal";
        QTest::newRow("d stroke") << "Đorđe"
                                  << "Dorde";
        QTest::newRow("eth thorn") << "Þórður"
                                   << "Thordur";
        QTest::newRow("dotless i") << "Kıvanç"
                                   << "Kivanc";
        QTest::newRow("cedilla") << "François"
                                 << "Francois";
        QTest::newRow("ring") << "Ångström"
                              << "Angstrom";
        QTest::newRow("tilde") << "João Muñoz"
                               << "Joao Munoz";
        QTest::newRow("compatibility") << "ﬁne ½"
                                       << "fine 1/2";
        QTest::newRow("apostrophe") << "O’Brien"
                                    << "O'Brien";
        QTest::newRow("no latin spelling") << "Mei 美"
                                           << "Mei ";
        // Decomposed input (NFD) comes out the same as composed.
        QTest::newRow("decomposed") << QStringLiteral("Zoe\u0308") << "Zoe";
    }
    void toAscii()
    {
        QFETCH(QString, text);
        QFETCH(QString, ascii);
        QCOMPARE(Transliteration::toAscii(text), ascii);
        for (const QChar c : Transliteration::toAscii(text))
            QVERIFY(c.unicode() < 0x80);
    }

    void emailLocalPart_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("local");
        QTest::newRow("zoe") << "Zoë"
                             << "zoe";
        QTest::newRow("jurgen") << "Jürgen"
                                << "jurgen";
        QTest::newRow("hyphen") << "Jean-Luc"
                                << "jean.luc";
        QTest::newRow("apostrophe") << "O'Brien"
                                    << "obrien";
        QTest::newRow("spaces") << "  Anna  Maria "
                                << "anna.maria";
        QTest::newRow("sharp s") << "Weiß"
                                 << "weiss";
        QTest::newRow("nothing left") << "美"
                                      << "";
    }
    void emailLocalPart()
    {
        QFETCH(QString, name);
        QFETCH(QString, local);
        QCOMPARE(Transliteration::emailLocalPart(name), local);
    }
};

QTEST_APPLESS_MAIN(TestTransliteration)
#include "tst_transliteration.moc"
