-- Lists count each record's evidence: find a record's files by the record.
create index duty_record_file_record on duty_record_file (record_id);
