#include "followup/perioddialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace planverk {

namespace {
QString shown(const QDate &d) { return d.toString(QStringLiteral("dd.MM.yyyy")); }
} // namespace

PeriodDialog::PeriodDialog(FollowupEditor *followup, const ReportingPeriod *editing, QWidget *parent) : QDialog(parent), m_followup(followup)
{
    setObjectName(editing ? QStringLiteral("editPeriodDialog") : QStringLiteral("addPeriodDialog"));
    setWindowTitle(editing ? tr("Edit reporting period %1").arg(editing->name) : tr("New reporting period"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    auto *form = new QFormLayout(this);
    if (!editing) {
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("periodKind"));
        m_kind->addItem(tr("Year"), int(FollowupEditor::PeriodKind::Year));
        m_kind->addItem(tr("Tertial (four months)"), int(FollowupEditor::PeriodKind::Tertial));
        m_kind->addItem(tr("Custom period"), int(FollowupEditor::PeriodKind::Custom));
        form->addRow(tr("&Kind:"), m_kind);
    }
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("periodName"));
    m_start = new QDateEdit(this);
    m_start->setObjectName(QStringLiteral("periodStart"));
    m_closing = new QDateEdit(this);
    m_closing->setObjectName(QStringLiteral("periodClosing"));
    for (QDateEdit *d : {m_start, m_closing}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    }
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Starts:"), m_start);
    form->addRow(tr("&Closing date:"), m_closing);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("periodMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a00000;"));
    m_message->hide();
    form->addRow(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PeriodDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &t) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.trimmed().isEmpty()); });
    if (editing) {
        m_name->setText(editing->name);
        m_start->setDate(editing->start.isValid() ? editing->start : editing->closing);
        m_closing->setDate(editing->closing.isValid() ? editing->closing : editing->start);
    } else {
        connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { suggest(FollowupEditor::PeriodKind(m_kind->currentData().toInt())); });
        suggest(FollowupEditor::PeriodKind::Year);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
}

void PeriodDialog::suggest(FollowupEditor::PeriodKind kind)
{
    const ReportingPeriod p = m_followup->suggestedPeriod(kind);
    m_name->setText(p.name);
    m_start->setDate(p.start);
    m_closing->setDate(p.closing);
    m_message->hide();
    if (kind == FollowupEditor::PeriodKind::Custom)
        m_name->setFocus();
}

QString PeriodDialog::name() const { return m_name->text().trimmed(); }
QDate PeriodDialog::start() const { return m_start->date(); }
QDate PeriodDialog::closing() const { return m_closing->date(); }

void PeriodDialog::accept()
{
    if (name().isEmpty())
        return;
    if (closing() < start()) {
        m_message->setText(tr("The period cannot close (%1) before it starts (%2).").arg(shown(closing()), shown(start())));
        m_message->show();
        adjustSize(); // the message whole
        m_closing->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace planverk
