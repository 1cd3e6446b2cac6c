#include "io/valuescsv.h"

#include "model/planerror.h"

#include <QHash>
#include <QStringView>

#include <climits>
#include <cmath>

namespace planverk {

namespace {

struct Field {
    QString text;
    int column = 1; // 1-based, in characters, where the field starts
};

struct Row {
    int line = 1;
    QList<Field> fields;
};

// Splits the text into rows of fields (RFC 4180 quotes; a quoted field may
// hold the separator, quotes doubled and line breaks).
QList<Row> parseCsv(const QString &text, QChar sep, const QString &file)
{
    QList<Row> rows;
    Row row;
    Field field;
    int line = 1, column = 1;
    bool quoted = false, fieldStarted = false, wasQuoted = false;
    int quoteLine = 0, quoteColumn = 0;
    auto endField = [&] {
        row.fields << field;
        field = Field{};
        fieldStarted = wasQuoted = false;
    };
    auto endRow = [&] {
        endField();
        const bool blank = row.fields.size() == 1 && row.fields[0].text.trimmed().isEmpty();
        if (!blank)
            rows << row;
        row = Row{};
    };
    row.line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field.text += '"';
                    ++i;
                    column += 2;
                    continue;
                }
                quoted = false;
                ++column;
                continue;
            }
            field.text += c;
            if (c == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
            continue;
        }
        if (!fieldStarted) {
            field.column = column;
            fieldStarted = true;
        }
        if (c == '"' && field.text.trimmed().isEmpty() && !wasQuoted) {
            field.text.clear();
            quoted = wasQuoted = true;
            quoteLine = line;
            quoteColumn = column;
            ++column;
        } else if (c == sep) {
            endField();
            ++column;
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            continue;
        } else if (c == '\n' || c == '\r') {
            endRow();
            ++line;
            column = 1;
            row.line = line;
        } else {
            if (wasQuoted && !c.isSpace())
                throw PlanError(file, QStringLiteral("%1:%2").arg(line).arg(column), QStringLiteral("text after the closing quote of a field"));
            if (!wasQuoted)
                field.text += c;
            ++column;
        }
    }
    if (quoted)
        throw PlanError(file, QStringLiteral("%1:%2").arg(quoteLine).arg(quoteColumn), QStringLiteral("the quote that opens this field is never closed"));
    if (fieldStarted || !row.fields.isEmpty())
        endRow();
    return rows;
}

// "12,5", "12.5", "1 234,5", "-3" -> a number; nullopt when it is not one.
std::optional<double> number(QString s)
{
    s = s.trimmed();
    s.remove(QChar(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F));
    if (s.count(',') == 1 && !s.contains('.'))
        s.replace(',', '.');
    if (s.startsWith(QChar(0x2212))) // the minus sign
        s[0] = '-';
    bool ok = false;
    const double d = s.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

// The offset of the first byte that is not part of well-formed UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &b)
{
    const auto *p = reinterpret_cast<const uchar *>(b.constData());
    const qsizetype n = b.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = p[i];
        int len = c < 0x80 ? 1 : (c >> 5) == 0x6 && c >= 0xC2 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E && c <= 0xF4 ? 4 : 0;
        if (len == 0 || i + len > n)
            return i;
        for (int k = 1; k < len; ++k)
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        if ((len == 3 && ((c == 0xE0 && p[i + 1] < 0xA0) || (c == 0xED && p[i + 1] >= 0xA0))) || (len == 4 && ((c == 0xF0 && p[i + 1] < 0x90) || (c == 0xF4 && p[i + 1] >= 0x90))))
            return i;
        i += len;
    }
    return -1;
}

} // namespace

ValuesImport importValuesCsv(const QByteArray &bytes, const QString &file, const Plan &plan)
{
    QByteArray b = bytes;
    if (b.startsWith("\xEF\xBB\xBF"))
        b.remove(0, 3);
    if (const qsizetype bad = firstInvalidUtf8(b); bad >= 0)
        throw PlanError(file, QString::number(b.left(bad).count('\n') + 1), QStringLiteral("is not UTF-8 text; save the spreadsheet as CSV UTF-8"));
    const QString text = QString::fromUtf8(b);
    const qsizetype firstBreak = text.indexOf('\n');
    const QString header = text.left(firstBreak < 0 ? text.size() : firstBreak);
    const QChar sep = header.contains(';') ? QChar(';') : QChar(',');
    const QList<Row> rows = parseCsv(text, sep, file);
    if (rows.isEmpty())
        throw PlanError(file, {}, QStringLiteral("is empty; expected a header row with the columns indicator, period, value, note, source"));

    // The header: which column holds what.
    QHash<QString, int> col;
    const Row &head = rows[0];
    static const QStringList known{"indicator", "period", "value", "note", "source"};
    for (int i = 0; i < head.fields.size(); ++i) {
        const QString name = head.fields[i].text.trimmed().toLower();
        const QString at = QStringLiteral("%1:%2").arg(head.line).arg(head.fields[i].column);
        if (!known.contains(name))
            throw PlanError(file, at, QStringLiteral("unknown column \"%1\"; the columns are indicator, period, value, note, source").arg(name.left(40)));
        if (col.contains(name))
            throw PlanError(file, at, QStringLiteral("the column \"%1\" is given twice").arg(name));
        col.insert(name, i);
    }
    for (const char *required : {"indicator", "period", "value"})
        if (!col.contains(QLatin1String(required)))
            throw PlanError(file, QStringLiteral("%1:1").arg(head.line), QStringLiteral("the header has no column \"%1\"").arg(QLatin1String(required)));

    // Names and ids of indicators and periods.
    Followup f = plan.followup;
    QHash<QString, int> indicatorByName, periodByName;
    QHash<QString, int> ambiguous;
    for (int i = 0; i < f.indicators.size(); ++i) {
        const QString name = f.indicators[i].name.trimmed();
        if (indicatorByName.contains(name))
            ambiguous.insert(name, i);
        indicatorByName.insert(name, i);
        indicatorByName.insert(f.indicators[i].id.toString(QUuid::WithoutBraces), i);
    }
    for (int i = 0; i < f.periods.size(); ++i) {
        periodByName.insert(f.periods[i].name.trimmed(), i);
        periodByName.insert(f.periods[i].id.toString(QUuid::WithoutBraces), i);
    }
    // Index of each indicator's values by period, for replacing.
    QList<QHash<QUuid, int>> valueIndex(f.indicators.size());
    for (int i = 0; i < f.indicators.size(); ++i)
        for (int k = 0; k < f.indicators[i].values.size(); ++k)
            valueIndex[i].insert(f.indicators[i].values[k].period, k);

    ValuesImport result;
    QHash<QPair<int, int>, int> seen; // (indicator, period) -> line
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const Row &row = rows[r];
        auto cell = [&](const char *name) -> Field {
            const int i = col.value(QLatin1String(name), -1);
            if (i < 0)
                return {};
            if (i >= row.fields.size()) {
                const Field &last = row.fields.last();
                throw PlanError(file, QStringLiteral("%1:%2").arg(row.line).arg(last.column + last.text.size()),
                                QStringLiteral("the row has %1 columns; the header has %2").arg(row.fields.size()).arg(head.fields.size()));
            }
            return row.fields[i];
        };
        auto fail = [&](const Field &field, const QString &message) -> void {
            throw PlanError(file, QStringLiteral("%1:%2").arg(row.line).arg(field.column), message);
        };
        if (row.fields.size() > head.fields.size())
            fail(row.fields[head.fields.size()], QStringLiteral("the row has %1 columns; the header has %2").arg(row.fields.size()).arg(head.fields.size()));
        const Field ind = cell("indicator"), per = cell("period"), val = cell("value");
        const QString indName = ind.text.trimmed(), perName = per.text.trimmed();
        if (indName.isEmpty())
            fail(ind, QStringLiteral("no indicator"));
        const int i = indicatorByName.value(indName, -1);
        if (i < 0)
            fail(ind, QStringLiteral("the plan has no indicator \"%1\"").arg(indName.left(80)));
        if (ambiguous.contains(indName))
            fail(ind, QStringLiteral("several indicators are named \"%1\"; name it by its id").arg(indName.left(80)));
        if (perName.isEmpty())
            fail(per, QStringLiteral("no period"));
        const int p = periodByName.value(perName, -1);
        if (p < 0)
            fail(per, QStringLiteral("the plan has no reporting period \"%1\"").arg(perName.left(80)));
        const ReportingPeriod &period = f.periods[p];
        if (period.closed)
            fail(per, QStringLiteral("the period %1 is closed; reopen it to change its indicator values").arg(period.name));
        const std::optional<double> value = number(val.text);
        if (!value)
            fail(val, QStringLiteral("\"%1\" is not a number").arg(val.text.trimmed().left(40)));
        if (const auto before = seen.constFind({i, p}); before != seen.constEnd())
            fail(ind, QStringLiteral("the indicator has a value for %1 already on line %2").arg(period.name).arg(*before));
        seen.insert({i, p}, row.line);
        IndicatorValue v{period.id, *value, cell("note").text.trimmed(), cell("source").text.trimmed()};
        Indicator &target = f.indicators[i];
        const int k = valueIndex[i].value(period.id, -1);
        if (k >= 0) {
            target.values[k] = v;
            ++result.replaced;
        } else {
            valueIndex[i].insert(period.id, int(target.values.size()));
            target.values << v;
            ++result.added;
        }
    }
    // Values in the order of the periods.
    QHash<QUuid, int> periodOrder;
    for (int i = 0; i < f.periods.size(); ++i)
        periodOrder.insert(f.periods[i].id, i);
    for (Indicator &ind : f.indicators)
        std::stable_sort(ind.values.begin(), ind.values.end(),
                         [&](const IndicatorValue &a, const IndicatorValue &b) { return periodOrder.value(a.period, INT_MAX) < periodOrder.value(b.period, INT_MAX); });
    result.followup = std::move(f);
    return result;
}

} // namespace planverk
