#include "metrics/metricsimportdialog.h"

#include "app/consolesession.h"
#include "common/pagetask.h"
#include "core/engineerror.h"
#include "metrics/csvreader.h"
#include "services/enginesession.h"
#include "services/metricsservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoroFuture>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kPreviewRows = 10;
const QString kDirectoryKey = u"metricsImport/directory"_s;

struct LoadedFile
{
    QByteArray content;
    CsvTable table;
    QString problem;
};

LoadedFile readCsv(const QString &path)
{
    LoadedFile loaded;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.problem = MetricsImportDialog::tr("Cannot read %1: %2.").arg(path, file.errorString());
        return loaded;
    }
    loaded.content = file.readAll();
    try {
        loaded.table = CsvReader::read(loaded.content);
    } catch (const EngineError &e) { // a file that cannot be read as CSV
        loaded.problem = e.message();
    }
    if (loaded.problem.isEmpty() && loaded.table.header.isEmpty())
        loaded.problem = MetricsImportDialog::tr("%1 is empty.").arg(QFileInfo(path).fileName());
    return loaded;
}

QTableWidget *makeTable(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setAccessibleName(accessibleName);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

MetricsImportDialog::MetricsImportDialog(ConsoleSession &session, ImportMapping::Kind kind, QWidget *parent)
    : QDialog(parent), m_session(session), m_kind(kind), m_progressDone(std::make_shared<std::atomic<int>>(0)),
      m_progressTotal(std::make_shared<std::atomic<int>>(0))
{
    setObjectName(u"metricsImportDialog"_s);
    setWindowTitle(kind == ImportMapping::Kind::Pos ? tr("Import POS sales") : tr("Import auction figures"));
    auto *layout = new QVBoxLayout(this);

    auto *fileRow = new QHBoxLayout;
    m_file = new QLabel(tr("Choose a CSV export from the point of sale."), this);
    if (kind == ImportMapping::Kind::Auction)
        m_file->setText(tr("Choose a CSV export of auction figures."));
    m_file->setObjectName(u"importFile"_s);
    auto *choose = new QPushButton(tr("C&hoose file…"), this);
    choose->setObjectName(u"chooseFile"_s);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);

    auto *previewBox = new QGroupBox(tr("First rows"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    m_preview = makeTable(u"preview"_s, tr("First rows of the file"), previewBox);
    m_preview->setMinimumHeight(140);
    previewLayout->addWidget(m_preview);
    layout->addWidget(previewBox, 2);

    auto *mappingBox = new QGroupBox(tr("Which column is which"), this);
    auto *grid = new QGridLayout(mappingBox);
    const QList<ImportMapping::Field> &fields = ImportMapping::fields(kind);
    const int perColumn = int((fields.size() + 1) / 2);
    for (int i = 0; i < fields.size(); ++i) {
        const ImportMapping::Field &field = fields.at(i);
        auto *combo = new QComboBox(mappingBox);
        combo->setObjectName(u"map_"_s + field.id);
        combo->setAccessibleName(field.label);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        auto *label =
            new QLabel(field.required ? tr("%1 (required):").arg(field.label) : field.label + u":"_s, mappingBox);
        label->setBuddy(combo);
        grid->addWidget(label, i % perColumn, (i / perColumn) * 2);
        grid->addWidget(combo, i % perColumn, (i / perColumn) * 2 + 1);
        m_columns.insert(field.id, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_report.reset();
            updateState();
        });
    }
    auto *options = new QFormLayout;
    m_dateFormat = new QLineEdit(mappingBox);
    m_dateFormat->setObjectName(u"dateFormat"_s);
    m_dateFormat->setToolTip(tr("How the file writes dates: yyyy-MM-dd, dd/MM/yyyy, M/d/yyyy, dd.MM.yyyy…"));
    options->addRow(tr("Date format:"), m_dateFormat);
    m_decimalComma = new QCheckBox(tr("Amounts use a decimal comma (1.234,56)"), mappingBox);
    m_decimalComma->setObjectName(u"decimalComma"_s);
    options->addRow(QString(), m_decimalComma);
    if (kind == ImportMapping::Kind::Pos) {
        m_match = new QComboBox(mappingBox);
        m_match->setObjectName(u"employeeMatch"_s);
        m_match->setAccessibleName(tr("Employees are named by"));
        m_match->addItem(tr("Name"), ImportMapping::matchId(ImportMapping::EmployeeMatch::Name));
        m_match->addItem(tr("Email"), ImportMapping::matchId(ImportMapping::EmployeeMatch::Email));
        m_match->addItem(tr("POS id (linked to TeamTime users)"),
                         ImportMapping::matchId(ImportMapping::EmployeeMatch::PosId));
        options->addRow(tr("Employees are named by:"), m_match);
        m_perDay = new QCheckBox(tr("Each row is a day's totals (not one transaction)"), mappingBox);
        m_perDay->setObjectName(u"perDay"_s);
        options->addRow(QString(), m_perDay);
        connect(m_match, &QComboBox::currentIndexChanged, this, [this] { m_report.reset(); });
        connect(m_perDay, &QCheckBox::toggled, this, [this] {
            m_report.reset();
            updateState();
        });
    }
    connect(m_dateFormat, &QLineEdit::textEdited, this, [this] {
        m_report.reset();
        updateState();
    });
    connect(m_decimalComma, &QCheckBox::toggled, this, [this] { m_report.reset(); });
    grid->addLayout(options, perColumn, 0, 1, 4);
    layout->addWidget(mappingBox);

    m_mappingProblems = new QLabel(this);
    m_mappingProblems->setObjectName(u"mappingProblems"_s);
    m_mappingProblems->setWordWrap(true);
    layout->addWidget(m_mappingProblems);

    auto *actions = new QHBoxLayout;
    m_check = new QPushButton(tr("&Check"), this);
    m_check->setObjectName(u"checkButton"_s);
    m_check->setToolTip(tr("Read every row and list the ones that cannot be imported; nothing is written"));
    m_importGood = new QPushButton(tr("&Import good rows"), this);
    m_importGood->setObjectName(u"importGoodButton"_s);
    m_importGood->setToolTip(tr("Import every good row in one go and list the others; rows imported before are "
                                "not imported again"));
    m_importAll = new QPushButton(tr("Import only if &all rows are good"), this);
    m_importAll->setObjectName(u"importAllButton"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->hide();
    actions->addWidget(m_check);
    actions->addWidget(m_importGood);
    actions->addWidget(m_importAll);
    actions->addWidget(m_progress, 1);
    layout->addLayout(actions);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_badRows = makeTable(u"badRows"_s, tr("Rows that cannot be imported"), this);
    m_badRows->setColumnCount(2);
    m_badRows->setHorizontalHeaderLabels({tr("Line"), tr("Problem")});
    m_badRows->verticalHeader()->hide();
    layout->addWidget(m_badRows, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, [this] {
        const int total = m_progressTotal->load();
        if (total <= 0)
            return;
        m_progress->setRange(0, total);
        m_progress->setValue(std::min(m_progressDone->load(), total));
    });
    connect(choose, &QPushButton::clicked, this, &MetricsImportDialog::chooseFile);
    connect(m_check, &QPushButton::clicked, this, [this] { check(); });
    connect(m_importGood, &QPushButton::clicked, this, [this] { importRows(ImportRequest::Mode::GoodRows); });
    connect(m_importAll, &QPushButton::clicked, this, [this] { importRows(ImportRequest::Mode::AllOrNothing); });

    applyMapping(ImportMapping::guess(kind, {}));
    resize(900, 720);
}

MetricsImportDialog::~MetricsImportDialog() = default;

void MetricsImportDialog::chooseFile()
{
    const QString directory =
        QSettings()
            .value(kDirectoryKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    auto *dialog = new QFileDialog(this, windowTitle(), directory);
    dialog->setObjectName(u"importFileDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("CSV files (*.csv *.txt *.tsv)"), tr("All files (*)")});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QSettings().setValue(kDirectoryKey, QFileInfo(path).absolutePath());
        loadFile(path);
    });
    dialog->open();
}

QCoro::Task<void> MetricsImportDialog::loadFile(QString path)
{
    if (m_busy)
        co_return;
    QPointer<MetricsImportDialog> self(this);
    setBusy(true, tr("Reading %1…").arg(QFileInfo(path).fileName()));
    QFuture<LoadedFile> reading = QtConcurrent::run([path] { return readCsv(path); });
    const LoadedFile loaded = co_await reading;
    if (!self)
        co_return;
    if (!loaded.problem.isEmpty()) {
        setBusy(false);
        m_summary->setText(loaded.problem);
        Q_EMIT failed(loaded.problem);
        co_return;
    }
    const QStringList header = loaded.table.header;
    QString problem; // the mapping is guessed from the header when the saved one cannot be read
    PageTask work(this, [&problem](const QString &sentence) { problem = sentence; });
    QCoro::Task<std::optional<ImportMapping>> choosing =
        work.run(m_session.engine().metrics().importMapping(m_kind, header));
    const std::optional<ImportMapping> mapping = co_await choosing;
    if (!work.pageAlive())
        co_return;
    setBusy(false);
    m_path = path;
    m_content = loaded.content;
    m_table = loaded.table;
    m_report.reset();
    m_file->setText(tr("%1 — %2 rows, columns separated by %3")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(m_table.records.size())
                        .arg(m_table.delimiter == u'\t' ? tr("tabs") : u"\""_s + m_table.delimiter + u"\""_s));

    m_preview->clear();
    m_preview->setColumnCount(int(m_table.header.size()));
    m_preview->setHorizontalHeaderLabels(m_table.header);
    const int rows = int(std::min<size_t>(kPreviewRows, m_table.records.size()));
    m_preview->setRowCount(rows);
    QStringList lines;
    for (int r = 0; r < rows; ++r) {
        const CsvRecord &record = m_table.records[size_t(r)];
        lines << QString::number(record.line);
        for (int c = 0; c < record.fields.size() && c < m_table.header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(record.fields.at(c).simplified()));
    }
    m_preview->setVerticalHeaderLabels(lines);
    m_preview->resizeColumnsToContents();

    for (QComboBox *combo : std::as_const(m_columns)) {
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("(not in the file)"), QString());
        for (const QString &name : std::as_const(m_table.header))
            combo->addItem(name, name);
    }
    applyMapping(mapping ? *mapping : ImportMapping::guess(m_kind, header));
    m_badRows->setRowCount(0);
    m_summary->setText(problem);
    Q_EMIT fileLoaded();
}

void MetricsImportDialog::applyMapping(const ImportMapping &mapping)
{
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        QComboBox *combo = it.value();
        const QSignalBlocker block(combo);
        const int column = m_table.column(mapping.column(it.key()));
        combo->setCurrentIndex(column < 0 ? 0 : column + 1);
    }
    m_dateFormat->setText(mapping.dateFormat);
    {
        const QSignalBlocker block(m_decimalComma);
        m_decimalComma->setChecked(mapping.decimalComma);
    }
    if (m_match) {
        const QSignalBlocker block(m_match);
        m_match->setCurrentIndex(std::max(0, m_match->findData(ImportMapping::matchId(mapping.employeeMatch))));
    }
    if (m_perDay) {
        const QSignalBlocker block(m_perDay);
        m_perDay->setChecked(mapping.perDay);
    }
    updateState();
}

ImportMapping MetricsImportDialog::mapping() const
{
    ImportMapping m;
    m.kind = m_kind;
    for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
        const QString column = it.value()->currentData().toString();
        if (!column.isEmpty())
            m.columns.insert(it.key(), column);
    }
    m.dateFormat = m_dateFormat->text().trimmed();
    m.decimalComma = m_decimalComma->isChecked();
    if (m_match)
        m.employeeMatch = ImportMapping::parseMatch(m_match->currentData().toString()).value_or(m.employeeMatch);
    if (m_perDay)
        m.perDay = m_perDay->isChecked();
    return m;
}

void MetricsImportDialog::updateState()
{
    QStringList problems;
    if (m_table.header.isEmpty())
        problems << tr("Choose a file to import.");
    else
        problems = mapping().problems(m_table.header);
    if (m_dateFormat->text().trimmed().isEmpty())
        problems << tr("Say how the file writes dates.");
    m_mappingProblems->setText(problems.join(u' '));
    m_mappingProblems->setVisible(!problems.isEmpty());
    const bool ready = problems.isEmpty() && !m_busy;
    m_check->setEnabled(ready);
    m_importGood->setEnabled(ready);
    m_importAll->setEnabled(ready);
}

void MetricsImportDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_progressDone->store(0);
    m_progressTotal->store(0);
    m_progress->setRange(0, 0); // busy until the first count arrives
    m_progress->setVisible(busy);
    if (busy) {
        m_summary->setText(what);
        m_progressTimer->start();
    } else {
        m_progressTimer->stop();
    }
    for (QWidget *w : findChildren<QWidget *>(u"chooseFile"_s))
        w->setEnabled(!busy);
    updateState();
}

void MetricsImportDialog::showReport(const ImportReport &report)
{
    m_badRows->setRowCount(int(report.problems.size()));
    for (int i = 0; i < report.problems.size(); ++i) {
        auto *line = new QTableWidgetItem;
        line->setData(Qt::DisplayRole, report.problems.at(i).line);
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_badRows->setItem(i, 0, line);
        m_badRows->setItem(i, 1, new QTableWidgetItem(report.problems.at(i).reason));
    }
    m_badRows->resizeColumnToContents(0);
    m_summary->setText(report.summary());
}

QCoro::Task<std::optional<ImportReport>> MetricsImportDialog::runImport(ImportRequest::Mode mode)
{
    if (m_busy || m_table.header.isEmpty())
        co_return std::nullopt;
    ImportRequest request;
    request.mapping = mapping();
    request.fileName = QFileInfo(m_path).fileName();
    request.content = m_content;
    request.mode = mode;
    request.importedBy = m_session.isSignedIn() ? m_session.user().id : QString();
    setBusy(true, mode == ImportRequest::Mode::Check ? tr("Checking %1…").arg(request.fileName)
                                                     : tr("Importing %1…").arg(request.fileName));
    // The worker reports into shared counters; the timer shows them (no call into this dialog from another thread).
    request.progress = [done = m_progressDone, total = m_progressTotal](int d, int t) {
        total->store(t);
        done->store(d);
    };
    QString problem;
    PageTask work(this, [&problem](const QString &sentence) { problem = sentence; });
    QCoro::Task<std::optional<MetricsService::Imported>> running =
        work.run(m_session.engine().metrics().import(std::move(request)));
    const std::optional<MetricsService::Imported> imported = co_await running;
    if (!work.pageAlive())
        co_return std::nullopt;
    setBusy(false);
    if (!imported) {
        m_summary->setText(problem);
        Q_EMIT failed(problem);
        co_return std::nullopt;
    }
    const ImportReport &report = imported->report;
    const QString &rolledUp = imported->rolledUp;
    m_report = report;
    showReport(report);
    if (!rolledUp.isEmpty())
        m_summary->setText(m_summary->text() + u'\n' + rolledUp);
    co_return report;
}

QCoro::Task<void> MetricsImportDialog::check()
{
    QPointer<MetricsImportDialog> self(this);
    auto running = runImport(ImportRequest::Mode::Check);
    const std::optional<ImportReport> report = co_await running;
    if (self && report)
        Q_EMIT checked(*report);
}

QCoro::Task<void> MetricsImportDialog::importRows(ImportRequest::Mode mode)
{
    QPointer<MetricsImportDialog> self(this);
    auto running = runImport(mode);
    const std::optional<ImportReport> report = co_await running;
    if (self && report)
        Q_EMIT imported(*report);
}
