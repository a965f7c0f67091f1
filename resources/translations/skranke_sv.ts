<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>Channel</name>
    <message>
        <source>Call in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentComposer</name>
    <message>
        <source>&amp;Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the comment (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what the customer needs… (saved as an internal note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note, seen by colleagues only. Ctrl+Return adds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the customer. Ctrl+Return adds it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentThread</name>
    <message>
        <source>No comments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the customer (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a ticket for this customer (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer selected. Search on the left, or press Ctrl+N to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open tickets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerEditorDialog</name>
    <message>
        <source>Add number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian (Bokmål)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the first number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma separated, e.g. vip, business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S or Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer {name} (#{number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{zone}” is not a time zone. Pick one from the list, e.g. Europe/Copenhagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload and keep my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer was deleted by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded the newest version. The fields you changed kept your values: check them and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <source>Search failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerSearchPanel</name>
    <message>
        <source>Search name, company, e-mail, phone or customer no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a customer. Ctrl+N creates one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Select an entry to read its notes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Skranke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show t&amp;ickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embedded database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Skranke cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the embedded database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is demo data: %1 made-up customers were created so you can try Skranke.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketEditor</name>
    <message>
        <source>What is the ticket about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the ticket (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the newest version; your unsaved changes are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due times are set from the SLA table when the ticket is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket needs a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SLA for this department and priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First reply was due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First reply overdue since {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First reply due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown: {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload and keep my changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloaded the newest version. Your changes are still in the fields: check them and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketFilterBar</name>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets of everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, open, pending and on-hold tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only tickets with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only tickets with this priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tickets of all customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketLabels</name>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketListView</name>
    <message>
        <source>Loading tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} tickets shown; scroll down for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>When</name>
    <message>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_EntryRow</name>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+45 32 12 34 56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>No system keyring is available, so Skranke cannot store passwords safely. On Linux, install and start a Secret Service (GNOME Keyring or KWallet) and sign in to your desktop session again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring refused to give the password for {key} ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring did not store the password for {key} ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was changed by someone else while you edited. Reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company name is {length} characters long; at most {limit} fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes are {length} characters long; at most {limit} fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is {length} characters long; at most {limit} fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was deleted by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address is not valid: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skranke cannot use the database {url}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skranke cannot reach the database {url}. Check that the server is running, the address is right and you may log in. ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {url} cannot be used: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {url} was upgraded by a newer version of Skranke (schema {schema}). Install the newer Skranke; this one will not touch that database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a phone number: use digits, spaces and +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a valid phone number for {region}. Check the digits, or write the country code (+46 …) for a foreign number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file {path} is not valid TOML ({detail}). Skranke started with default settings; your file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read ({detail}). Skranke started with default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file {path} has values Skranke cannot use ({detail}). Skranke started with default settings; your file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was changed by someone else while you edited. Reload it and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket needs a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown department “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is {length} characters long; at most {limit} fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is {length} characters long; at most {limit} fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is {length} characters long; at most {limit} fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
