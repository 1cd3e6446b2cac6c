#include "numberedit.h"

#include <QRegularExpressionValidator>

namespace planverk {

NumberEdit::NumberEdit(QWidget *parent) : QLineEdit(parent)
{
    setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,15}")), this));
    setPlaceholderText(tr("none"));
}

std::optional<qint64> NumberEdit::value() const
{
    QString t = text();
    t.remove(' ');
    bool ok = false;
    const qint64 v = t.toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

void NumberEdit::setValue(std::optional<qint64> v)
{
    if (value() == v)
        return;
    setText(v ? QString::number(*v) : QString());
}

} // namespace planverk
