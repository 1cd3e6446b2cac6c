// A whole number that may be empty (a year, a vote count, kroner).
#pragma once

#include <QLineEdit>

#include <optional>

namespace planverk {

class NumberEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit NumberEdit(QWidget *parent = nullptr);
    std::optional<qint64> value() const;
    void setValue(std::optional<qint64> v);
};

} // namespace planverk
