// What spell checking adds to a keystroke in a long Markdown box: the same
// typing in a box with the spell checker and in one without, medians.
#include "bench.h"

#include "io/planjson.h"
#include "markdownedit.h"
#include "model/planerror.h"
#include "spelling/spellchecker.h"
#include "spelling/spellfields.h"
#include "spelling/spellhighlighter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextEdit>

#include <algorithm>
#include <iostream>
#include <vector>

using namespace planverk;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// `words` words of the plan's own prose, in paragraphs of `perParagraph` words.
QString prose(const Plan &plan, int words, int perParagraph)
{
    QStringList source;
    auto take = [&](const QString &s) { source << s.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts); };
    take(plan.info.summary);
    for (const Section &s : plan.sections) {
        take(s.body);
        for (const Section &c : s.sections)
            take(c.body);
    }
    for (const Goal &g : plan.goals) {
        take(g.title);
        take(g.description);
    }
    QString out;
    for (int i = 0; i < words && !source.isEmpty(); ++i) {
        out += source[i % source.size()];
        out += (i + 1) % perParagraph == 0 ? QStringLiteral("\n\n") : QStringLiteral(" ");
    }
    return out;
}

// Puts the cursor at the end of the middle paragraph.
void placeCursor(MarkdownEdit &box)
{
    QTextEdit *edit = box.textEdit();
    QTextCursor c(edit->document()->findBlockByNumber(edit->document()->blockCount() / 2));
    c.movePosition(QTextCursor::EndOfBlock);
    edit->setTextCursor(c);
}

// Milliseconds for one keystroke: the key, the edit, the layout and paint of the box.
double keystroke(MarkdownEdit &box, QChar ch)
{
    QTextEdit *edit = box.textEdit();
    const int key = ch == u' ' ? Qt::Key_Space : Qt::Key_A;
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(ch));
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(ch));
    QElapsedTimer t;
    t.start();
    QApplication::sendEvent(edit, &press);
    QApplication::sendEvent(edit, &release);
    edit->viewport()->repaint();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int benchSpelling(const QString &planJson, int keystrokes)
{
    Plan plan;
    try {
        plan = readPlanJsonFile(planJson);
    } catch (const PlanError &e) {
        std::cerr << e.what() << "\n";
        return 1;
    }
    std::cout.setf(std::ios::fixed);
    std::cout.precision(3);
    SpellChecker *checker = SpellChecker::shared();
    checker->setEnabled(true);
    checker->setLanguage(QStringLiteral("nb"));
    QElapsedTimer load;
    load.start();
    if (!checker->waitForDictionary()) {
        std::cerr << "no nb_NO dictionary (install hunspell-no)\n";
        return 1;
    }
    std::cout << "nb_NO dictionary loaded in " << double(load.nsecsElapsed()) / 1e6 << " ms\n";
    const QString typed = QStringLiteral("fylkeskommunene samarbeider internasjonalt ");

    for (const int perParagraph : {100, 5000}) {
        const QString text = prose(plan, 5000, perParagraph);
        // Two editor pages with one box each, one of them spell-checked.
        QWidget plainPage, checkedPage;
        auto &plain = *new MarkdownEdit(&plainPage);
        auto &checked = *new MarkdownEdit(&checkedPage);
        for (MarkdownEdit *box : {&plain, &checked}) {
            box->resize(900, 700);
            box->setMarkdown(text);
            box->parentWidget()->resize(900, 700);
            box->parentWidget()->show();
        }
        SpellFields::attach(&checkedPage, checker);
        auto *highlighter = checked.textEdit()->document()->findChild<SpellHighlighter *>();
        if (!highlighter) {
            std::cerr << "the box has no spell checker\n";
            return 1;
        }
        QApplication::processEvents();
        placeCursor(plain);
        placeCursor(checked);
        // The same keystroke in the box without and the box with spell checking, in turns, so
        // that what else the machine does weighs on both alike; the median of the differences.
        std::vector<double> without, with, added, check;
        for (int i = 0; i < keystrokes + 40; ++i) {
            const QChar ch = typed[i % typed.size()];
            const double a = keystroke(plain, ch);
            const double b = keystroke(checked, ch);
            if (i < 40)
                continue; // warm-up
            without.push_back(a);
            with.push_back(b);
            added.push_back(b - a);
            // The spell checker's own part of a keystroke: underlining the paragraph the cursor is in again.
            QElapsedTimer t;
            t.start();
            highlighter->rehighlightBlock(checked.textEdit()->textCursor().block());
            check.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        QStringList underlined;
        for (const WordSpan &w : checker->misspellings(text))
            underlined << text.mid(w.start, w.length);
        underlined.removeDuplicates();
        std::cout << underlined.size() << " different words underlined, e.g. " << underlined.mid(0, 12).join(QStringLiteral(", ")).toStdString() << "\n";
        std::cout << "5000 words in paragraphs of " << perParagraph << " words, " << keystrokes << " keystrokes: median "
                  << median(without) << " ms without spell checking, " << median(with) << " ms with; added per keystroke (median of pairs) "
                  << median(added) << " ms; the highlighter alone (the paragraph checked, underlined and laid out again) " << median(check) << " ms\n";
    }
    return 0;
}
