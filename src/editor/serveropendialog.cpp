#include "serveropendialog.h"

#include "io/planlocation.h"
#include "model/planerror.h"
#include "store/serverstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace planverk {

ServerOpenDialog::ServerOpenDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Open a plan from a server"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A plan on the county's PostgreSQL server, which several planners can edit at once. "
                                "Give the server as a URL, or fill in the fields."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://kari@db.fylke.no/planer?plan=…"));
    form->addRow(tr("&URL:"), m_url);
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setPlaceholderText(tr("db.fylke.no, or a socket folder"));
    form->addRow(tr("&Server:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("standard (5432)"));
    form->addRow(tr("P&ort:"), m_port);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    form->addRow(tr("&Database:"), m_database);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("serverUser"));
    form->addRow(tr("U&ser:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("not stored; empty: from ~/.pgpass"));
    form->addRow(tr("Pass&word:"), m_password);
    auto *planRow = new QHBoxLayout;
    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("serverPlan"));
    m_plan->setEditable(true);
    m_plan->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *list = new QPushButton(tr("&List plans"), this);
    list->setObjectName(QStringLiteral("listPlans"));
    planRow->addWidget(m_plan);
    planRow->addWidget(list);
    form->addRow(tr("&Plan:"), planRow);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("serverMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(list, &QPushButton::clicked, this, &ServerOpenDialog::listPlans);
    connect(m_url, &QLineEdit::textEdited, this, &ServerOpenDialog::fromUrl);
    for (QLineEdit *e : {m_host, m_database, m_user})
        connect(e, &QLineEdit::textEdited, this, &ServerOpenDialog::fromFields);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerOpenDialog::fromFields);
    connect(m_plan, &QComboBox::currentTextChanged, this, &ServerOpenDialog::fromFields);
    resize(560, sizeHint().height());
}

QString ServerOpenDialog::url() const { return m_url->text().trimmed(); }
QString ServerOpenDialog::password() const { return m_password->text(); }

// The fields written as a URL (libpq's syntax, percent-encoded).
void ServerOpenDialog::fromFields()
{
    if (m_updating)
        return;
    const auto enc = [](const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); };
    QString url = QStringLiteral("postgresql://");
    if (!m_user->text().trimmed().isEmpty())
        url += enc(m_user->text().trimmed()) + '@';
    url += enc(m_host->text().trimmed());
    if (m_port->value() > 0)
        url += ':' + QString::number(m_port->value());
    if (!m_database->text().trimmed().isEmpty())
        url += '/' + enc(m_database->text().trimmed());
    url += QStringLiteral("?plan=") + enc(m_plan->currentText());
    m_updating = true;
    m_url->setText(url);
    m_updating = false;
}

// A URL typed or pasted: the fields follow it (a password in it goes to the password field).
void ServerOpenDialog::fromUrl()
{
    try {
        const ServerLocation loc = parseServerUrl(url().contains(QLatin1String("plan=")) ? url() : url() + QStringLiteral("?plan=x"));
        m_updating = true;
        m_host->setText(loc.host);
        m_port->setValue(loc.port);
        m_database->setText(loc.database);
        m_user->setText(loc.user);
        if (!loc.password.isEmpty()) {
            m_password->setText(loc.password);
            ServerLocation shown = loc;
            shown.password.clear();
            m_url->setText(shown.display()); // never kept with the URL
        }
        if (url().contains(QLatin1String("plan=")))
            m_plan->setEditText(loc.plan);
        m_updating = false;
        m_message->clear();
    } catch (const PlanError &e) {
        m_updating = false;
        m_message->setText(e.toString());
    }
}

void ServerOpenDialog::listPlans()
{
    QString text = url();
    if (!text.contains(QLatin1String("plan=")) || m_plan->currentText().isEmpty())
        text = text.section('?', 0, 0) + QStringLiteral("?plan=-");
    try {
        ServerLocation loc = parseServerUrl(text);
        loc.password = password();
        const QString current = m_plan->currentText();
        const QStringList names = ServerStore::planNames(loc);
        m_plan->clear();
        m_plan->addItems(names);
        m_plan->setEditText(names.contains(current) ? current : names.value(0));
        m_message->setText(names.isEmpty() ? tr("The database holds no plans yet.") : tr("%n plan(s) in the database.", nullptr, int(names.size())));
    } catch (const PlanError &e) {
        m_message->setText(e.toString());
    }
}

} // namespace planverk
