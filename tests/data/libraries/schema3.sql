-- A library of schema 3, as a Vigil of that schema wrote it (schema2.sql upgraded by it): the
-- reference data, two curated hotlines and the two pages of tests/core/library_test.cpp.
-- Its search index holds the text as written (NFC), not folded. Kept to test the upgrade to
-- the current schema; never edit, add a file for a new schema.
PRAGMA user_version = 3;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE article_countries (
        article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        country_code TEXT NOT NULL REFERENCES countries(code) DEFERRABLE INITIALLY DEFERRED, search_key INTEGER,
        PRIMARY KEY (article_id, position)
    ) WITHOUT ROWID;
INSERT INTO article_countries VALUES(2001,0,'FR',20797457);
INSERT INTO article_countries VALUES(2002,0,'FR',20891154);
INSERT INTO article_countries VALUES(1002,0,'ME',20891178);
INSERT INTO article_countries VALUES(1003,0,'RS',1004);
INSERT INTO article_countries VALUES(2002,1,'RS',20891154);
INSERT INTO article_countries VALUES(1001,1,'RS',21523113);
INSERT INTO article_countries VALUES(1001,0,'XK',21523113);
CREATE TABLE article_publishers (
        article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        publisher_id INTEGER NOT NULL REFERENCES publishers(id), search_key INTEGER,
        PRIMARY KEY (article_id, position)
    ) WITHOUT ROWID;
INSERT INTO article_publishers VALUES(2001,0,1,20797457);
INSERT INTO article_publishers VALUES(1001,0,1,21523113);
INSERT INTO article_publishers VALUES(1001,1,2,21523113);
INSERT INTO article_publishers VALUES(1002,0,3,20891178);
INSERT INTO article_publishers VALUES(2002,0,4,20891154);
CREATE TABLE article_topics (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        position   INTEGER NOT NULL,
        topic_id   TEXT NOT NULL REFERENCES topics(id) DEFERRABLE INITIALLY DEFERRED, search_key INTEGER,
        PRIMARY KEY (article_id, position)
    ) WITHOUT ROWID;
INSERT INTO article_topics VALUES(1001,1,'forced-labour',21523113);
INSERT INTO article_topics VALUES(1001,0,'sexual-exploitation',21523113);
CREATE TABLE articles (
        id                 INTEGER PRIMARY KEY,
        page_key           TEXT NOT NULL REFERENCES pages(key) ON DELETE CASCADE,
        ordinal            INTEGER NOT NULL,
        line               INTEGER NOT NULL DEFAULT 0,
        title              TEXT NOT NULL,
        is_pdf             INTEGER NOT NULL DEFAULT 0 CHECK (is_pdf IN (0, 1)),
        featured           INTEGER NOT NULL DEFAULT 0 CHECK (featured IN (0, 1)),
        byline             TEXT NOT NULL DEFAULT '',
        authors            TEXT NOT NULL DEFAULT '[]',
        dateline           TEXT NOT NULL DEFAULT '',
        identifiers        TEXT NOT NULL DEFAULT '[]',
        byline_notes       TEXT NOT NULL DEFAULT '[]',
        date_iso           TEXT,
        date_precision     TEXT NOT NULL DEFAULT 'none'
                           CHECK (date_precision IN ('none', 'year', 'month', 'day')),
        date_sort          INTEGER NOT NULL DEFAULT 0,
        accessed           TEXT NOT NULL DEFAULT '[]',
        access_unavailable INTEGER NOT NULL DEFAULT 0 CHECK (access_unavailable IN (0, 1)),
        archived_copy_note INTEGER NOT NULL DEFAULT 0 CHECK (archived_copy_note IN (0, 1)),
        notes              TEXT NOT NULL DEFAULT '[]',
        links              TEXT NOT NULL DEFAULT '[]'
    , search_key INTEGER);
INSERT INTO articles VALUES(1001,'serbia-montenegro-kosovo',0,40,'Trafficking ring broken up near Pristina (1001)',1,1,'Reuters / Associated Press; by Jane Doe and Ivo Ić, PRIŠTINA, Index Number: EUR 70/001/2005','["Jane Doe","Ivo Ić"]','PRIŠTINA','["Index Number: EUR 70/001/2005"]','["translated from Albanian"]','2007-10-05','day',20071005,'["2009-01-02","2010-03","2011"]',1,1,'["[scroll down]","Note:: \"quoted\" text"]','[]',21523113);
INSERT INTO articles VALUES(1002,'serbia-montenegro-kosovo',1,101,'Montenegro shelter opens',0,0,'','[]','','[]','[]','2001','year',20010000,'[]',0,0,'[]','[]',20891178);
INSERT INTO articles VALUES(1003,'serbia-montenegro-kosovo',2,200,'Country reports on human rights practices',0,0,'','[]','','[]','[]',NULL,'none',0,'[]',0,0,'[]','[{"accessed":["2011-05-06","2012-07"],"country":"RS","label":"Serbia -"},{"accessed":[],"country":"","label":"Regional overview"}]',1004);
INSERT INTO articles VALUES(2001,'france',0,100,'Paris network dismantled',0,0,'','[]','','[]','[]','2000','year',20000000,'[]',0,0,'[]','[]',20797457);
INSERT INTO articles VALUES(2002,'france',1,101,'Lyon court hears case',0,0,'','[]','','[]','[]','2001','year',20010000,'[]',0,0,'[]','[]',20891154);
CREATE TABLE countries (
        code          TEXT PRIMARY KEY NOT NULL,
        name          TEXT NOT NULL,
        official_name TEXT NOT NULL DEFAULT '',
        region_code   TEXT REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED,
        aliases       TEXT NOT NULL DEFAULT '[]'
    );
INSERT INTO countries VALUES('AD','Andorra','Principality of Andorra','039','[]');
INSERT INTO countries VALUES('AE','United Arab Emirates','','145','["UAE"]');
INSERT INTO countries VALUES('AF','Afghanistan','Islamic Republic of Afghanistan','034','[]');
INSERT INTO countries VALUES('AG','Antigua and Barbuda','','029','[]');
INSERT INTO countries VALUES('AI','Anguilla','','029','[]');
INSERT INTO countries VALUES('AL','Albania','Republic of Albania','039','[]');
INSERT INTO countries VALUES('AM','Armenia','Republic of Armenia','145','[]');
INSERT INTO countries VALUES('AO','Angola','Republic of Angola','017','[]');
INSERT INTO countries VALUES('AQ','Antarctica','',NULL,'[]');
INSERT INTO countries VALUES('AR','Argentina','Argentine Republic','005','[]');
INSERT INTO countries VALUES('AS','American Samoa','','061','[]');
INSERT INTO countries VALUES('AT','Austria','Republic of Austria','155','[]');
INSERT INTO countries VALUES('AU','Australia','','053','[]');
INSERT INTO countries VALUES('AW','Aruba','','029','[]');
INSERT INTO countries VALUES('AX','Åland Islands','','154','[]');
INSERT INTO countries VALUES('AZ','Azerbaijan','Republic of Azerbaijan','145','[]');
INSERT INTO countries VALUES('BA','Bosnia and Herzegovina','Republic of Bosnia and Herzegovina','039','["Bosnia","Bosnia-Herzegovina","Bosnia & Herzegovina","BiH"]');
INSERT INTO countries VALUES('BB','Barbados','','029','[]');
INSERT INTO countries VALUES('BD','Bangladesh','People''s Republic of Bangladesh','034','[]');
INSERT INTO countries VALUES('BE','Belgium','Kingdom of Belgium','155','[]');
INSERT INTO countries VALUES('BF','Burkina Faso','','011','[]');
INSERT INTO countries VALUES('BG','Bulgaria','Republic of Bulgaria','151','[]');
INSERT INTO countries VALUES('BH','Bahrain','Kingdom of Bahrain','145','[]');
INSERT INTO countries VALUES('BI','Burundi','Republic of Burundi','014','[]');
INSERT INTO countries VALUES('BJ','Benin','Republic of Benin','011','[]');
INSERT INTO countries VALUES('BL','Saint Barthélemy','','029','[]');
INSERT INTO countries VALUES('BM','Bermuda','','021','[]');
INSERT INTO countries VALUES('BN','Brunei','','035','["Brunei Darussalam"]');
INSERT INTO countries VALUES('BO','Bolivia','Plurinational State of Bolivia','005','["Bolivia, Plurinational State of"]');
INSERT INTO countries VALUES('BQ','Bonaire, Sint Eustatius and Saba','Bonaire, Sint Eustatius and Saba','029','["Caribbean Netherlands"]');
INSERT INTO countries VALUES('BR','Brazil','Federative Republic of Brazil','005','[]');
INSERT INTO countries VALUES('BS','Bahamas','Commonwealth of the Bahamas','029','["The Bahamas"]');
INSERT INTO countries VALUES('BT','Bhutan','Kingdom of Bhutan','034','[]');
INSERT INTO countries VALUES('BV','Bouvet Island','','005','[]');
INSERT INTO countries VALUES('BW','Botswana','Republic of Botswana','018','[]');
INSERT INTO countries VALUES('BY','Belarus','Republic of Belarus','151','[]');
INSERT INTO countries VALUES('BZ','Belize','','013','[]');
INSERT INTO countries VALUES('CA','Canada','','021','[]');
INSERT INTO countries VALUES('CC','Cocos (Keeling) Islands','','053','["Cocos Islands","Keeling Islands"]');
INSERT INTO countries VALUES('CD','Democratic Republic of the Congo','Democratic Republic of the Congo','017','["DR Congo","DRC","Democratic Republic of Congo","Congo-Kinshasa","Congo, The Democratic Republic of the"]');
INSERT INTO countries VALUES('CF','Central African Republic','','017','[]');
INSERT INTO countries VALUES('CG','Congo','Republic of the Congo','017','["Republic of the Congo","Congo-Brazzaville","Congo Republic"]');
INSERT INTO countries VALUES('CH','Switzerland','Swiss Confederation','155','[]');
INSERT INTO countries VALUES('CI','Côte d''Ivoire','Republic of Côte d''Ivoire','011','["Ivory Coast","Cote d''Ivoire","Côte d’Ivoire"]');
INSERT INTO countries VALUES('CK','Cook Islands','','061','[]');
INSERT INTO countries VALUES('CL','Chile','Republic of Chile','005','[]');
INSERT INTO countries VALUES('CM','Cameroon','Republic of Cameroon','017','[]');
INSERT INTO countries VALUES('CN','China','People''s Republic of China','030','["PRC"]');
INSERT INTO countries VALUES('CO','Colombia','Republic of Colombia','005','[]');
INSERT INTO countries VALUES('CR','Costa Rica','Republic of Costa Rica','013','[]');
INSERT INTO countries VALUES('CU','Cuba','Republic of Cuba','029','[]');
INSERT INTO countries VALUES('CV','Cabo Verde','Republic of Cabo Verde','011','["Cape Verde"]');
INSERT INTO countries VALUES('CW','Curaçao','Curaçao','029','[]');
INSERT INTO countries VALUES('CX','Christmas Island','','053','[]');
INSERT INTO countries VALUES('CY','Cyprus','Republic of Cyprus','145','[]');
INSERT INTO countries VALUES('CZ','Czechia','Czech Republic','151','["Czech Republic"]');
INSERT INTO countries VALUES('DE','Germany','Federal Republic of Germany','155','[]');
INSERT INTO countries VALUES('DJ','Djibouti','Republic of Djibouti','014','[]');
INSERT INTO countries VALUES('DK','Denmark','Kingdom of Denmark','154','[]');
INSERT INTO countries VALUES('DM','Dominica','Commonwealth of Dominica','029','[]');
INSERT INTO countries VALUES('DO','Dominican Republic','','029','[]');
INSERT INTO countries VALUES('DZ','Algeria','People''s Democratic Republic of Algeria','015','[]');
INSERT INTO countries VALUES('EC','Ecuador','Republic of Ecuador','005','[]');
INSERT INTO countries VALUES('EE','Estonia','Republic of Estonia','154','[]');
INSERT INTO countries VALUES('EG','Egypt','Arab Republic of Egypt','015','[]');
INSERT INTO countries VALUES('EH','Western Sahara','','015','[]');
INSERT INTO countries VALUES('ER','Eritrea','State of Eritrea','014','[]');
INSERT INTO countries VALUES('ES','Spain','Kingdom of Spain','039','[]');
INSERT INTO countries VALUES('ET','Ethiopia','Federal Democratic Republic of Ethiopia','014','[]');
INSERT INTO countries VALUES('FI','Finland','Republic of Finland','154','[]');
INSERT INTO countries VALUES('FJ','Fiji','Republic of Fiji','054','[]');
INSERT INTO countries VALUES('FK','Falkland Islands','','005','["Malvinas","Islas Malvinas","Falkland Islands (Malvinas)"]');
INSERT INTO countries VALUES('FM','Micronesia','Federated States of Micronesia','057','["Micronesia, Federated States of"]');
INSERT INTO countries VALUES('FO','Faroe Islands','','154','[]');
INSERT INTO countries VALUES('FR','France','French Republic','155','[]');
INSERT INTO countries VALUES('GA','Gabon','Gabonese Republic','017','[]');
INSERT INTO countries VALUES('GB','United Kingdom','United Kingdom of Great Britain and Northern Ireland','154','["UK","U.K.","Britain","Great Britain"]');
INSERT INTO countries VALUES('GD','Grenada','','029','[]');
INSERT INTO countries VALUES('GE','Georgia','','145','[]');
INSERT INTO countries VALUES('GF','French Guiana','','005','[]');
INSERT INTO countries VALUES('GG','Guernsey','','830','[]');
INSERT INTO countries VALUES('GH','Ghana','Republic of Ghana','011','[]');
INSERT INTO countries VALUES('GI','Gibraltar','','039','[]');
INSERT INTO countries VALUES('GL','Greenland','','021','[]');
INSERT INTO countries VALUES('GM','Gambia','Republic of the Gambia','011','["The Gambia"]');
INSERT INTO countries VALUES('GN','Guinea','Republic of Guinea','011','[]');
INSERT INTO countries VALUES('GP','Guadeloupe','','029','[]');
INSERT INTO countries VALUES('GQ','Equatorial Guinea','Republic of Equatorial Guinea','017','[]');
INSERT INTO countries VALUES('GR','Greece','Hellenic Republic','039','[]');
INSERT INTO countries VALUES('GS','South Georgia and the South Sandwich Islands','','005','[]');
INSERT INTO countries VALUES('GT','Guatemala','Republic of Guatemala','013','[]');
INSERT INTO countries VALUES('GU','Guam','','057','[]');
INSERT INTO countries VALUES('GW','Guinea-Bissau','Republic of Guinea-Bissau','011','[]');
INSERT INTO countries VALUES('GY','Guyana','Republic of Guyana','005','[]');
INSERT INTO countries VALUES('HK','Hong Kong','Hong Kong Special Administrative Region of China','030','[]');
INSERT INTO countries VALUES('HM','Heard Island and McDonald Islands','','053','[]');
INSERT INTO countries VALUES('HN','Honduras','Republic of Honduras','013','[]');
INSERT INTO countries VALUES('HR','Croatia','Republic of Croatia','039','[]');
INSERT INTO countries VALUES('HT','Haiti','Republic of Haiti','029','[]');
INSERT INTO countries VALUES('HU','Hungary','Hungary','151','[]');
INSERT INTO countries VALUES('ID','Indonesia','Republic of Indonesia','035','[]');
INSERT INTO countries VALUES('IE','Ireland','','154','[]');
INSERT INTO countries VALUES('IL','Israel','State of Israel','145','[]');
INSERT INTO countries VALUES('IM','Isle of Man','','154','[]');
INSERT INTO countries VALUES('IN','India','Republic of India','034','[]');
INSERT INTO countries VALUES('IO','British Indian Ocean Territory','','014','[]');
INSERT INTO countries VALUES('IQ','Iraq','Republic of Iraq','145','[]');
INSERT INTO countries VALUES('IR','Iran','Islamic Republic of Iran','034','["Islamic Republic of Iran","Iran, Islamic Republic of"]');
INSERT INTO countries VALUES('IS','Iceland','Republic of Iceland','154','[]');
INSERT INTO countries VALUES('IT','Italy','Italian Republic','039','[]');
INSERT INTO countries VALUES('JE','Jersey','','830','[]');
INSERT INTO countries VALUES('JM','Jamaica','','029','[]');
INSERT INTO countries VALUES('JO','Jordan','Hashemite Kingdom of Jordan','145','[]');
INSERT INTO countries VALUES('JP','Japan','','030','[]');
INSERT INTO countries VALUES('KE','Kenya','Republic of Kenya','014','[]');
INSERT INTO countries VALUES('KG','Kyrgyzstan','Kyrgyz Republic','143','[]');
INSERT INTO countries VALUES('KH','Cambodia','Kingdom of Cambodia','035','[]');
INSERT INTO countries VALUES('KI','Kiribati','Republic of Kiribati','057','[]');
INSERT INTO countries VALUES('KM','Comoros','Union of the Comoros','014','[]');
INSERT INTO countries VALUES('KN','Saint Kitts and Nevis','','029','["St Kitts and Nevis","St. Kitts and Nevis"]');
INSERT INTO countries VALUES('KP','North Korea','Democratic People''s Republic of Korea','030','["DPRK","Korea, Democratic People''s Republic of"]');
INSERT INTO countries VALUES('KR','South Korea','Republic of Korea','030','["Korea, Republic of","Republic of Korea"]');
INSERT INTO countries VALUES('KW','Kuwait','State of Kuwait','145','[]');
INSERT INTO countries VALUES('KY','Cayman Islands','','029','[]');
INSERT INTO countries VALUES('KZ','Kazakhstan','Republic of Kazakhstan','143','[]');
INSERT INTO countries VALUES('LA','Laos','Lao People''s Democratic Republic','035','["Lao PDR","Lao People''s Democratic Republic"]');
INSERT INTO countries VALUES('LB','Lebanon','Lebanese Republic','145','[]');
INSERT INTO countries VALUES('LC','Saint Lucia','','029','["St Lucia","St. Lucia"]');
INSERT INTO countries VALUES('LI','Liechtenstein','Principality of Liechtenstein','155','[]');
INSERT INTO countries VALUES('LK','Sri Lanka','Democratic Socialist Republic of Sri Lanka','034','[]');
INSERT INTO countries VALUES('LR','Liberia','Republic of Liberia','011','[]');
INSERT INTO countries VALUES('LS','Lesotho','Kingdom of Lesotho','018','[]');
INSERT INTO countries VALUES('LT','Lithuania','Republic of Lithuania','154','[]');
INSERT INTO countries VALUES('LU','Luxembourg','Grand Duchy of Luxembourg','155','[]');
INSERT INTO countries VALUES('LV','Latvia','Republic of Latvia','154','[]');
INSERT INTO countries VALUES('LY','Libya','Libya','015','[]');
INSERT INTO countries VALUES('MA','Morocco','Kingdom of Morocco','015','[]');
INSERT INTO countries VALUES('MC','Monaco','Principality of Monaco','155','[]');
INSERT INTO countries VALUES('MD','Moldova','Republic of Moldova','151','["Moldova, Republic of"]');
INSERT INTO countries VALUES('ME','Montenegro','Montenegro','039','["Republic of Montenegro"]');
INSERT INTO countries VALUES('MF','Saint Martin','','029','["Saint Martin (French part)"]');
INSERT INTO countries VALUES('MG','Madagascar','Republic of Madagascar','014','[]');
INSERT INTO countries VALUES('MH','Marshall Islands','Republic of the Marshall Islands','057','[]');
INSERT INTO countries VALUES('MK','North Macedonia','Republic of North Macedonia','039','["Macedonia","FYROM","Former Yugoslav Republic of Macedonia","Republic of Macedonia"]');
INSERT INTO countries VALUES('ML','Mali','Republic of Mali','011','[]');
INSERT INTO countries VALUES('MM','Myanmar','Republic of Myanmar','035','["Burma"]');
INSERT INTO countries VALUES('MN','Mongolia','','030','[]');
INSERT INTO countries VALUES('MO','Macao','Macao Special Administrative Region of China','030','["Macau"]');
INSERT INTO countries VALUES('MP','Northern Mariana Islands','Commonwealth of the Northern Mariana Islands','057','[]');
INSERT INTO countries VALUES('MQ','Martinique','','029','[]');
INSERT INTO countries VALUES('MR','Mauritania','Islamic Republic of Mauritania','011','[]');
INSERT INTO countries VALUES('MS','Montserrat','','029','[]');
INSERT INTO countries VALUES('MT','Malta','Republic of Malta','039','[]');
INSERT INTO countries VALUES('MU','Mauritius','Republic of Mauritius','014','[]');
INSERT INTO countries VALUES('MV','Maldives','Republic of Maldives','034','[]');
INSERT INTO countries VALUES('MW','Malawi','Republic of Malawi','014','[]');
INSERT INTO countries VALUES('MX','Mexico','United Mexican States','013','[]');
INSERT INTO countries VALUES('MY','Malaysia','','035','[]');
INSERT INTO countries VALUES('MZ','Mozambique','Republic of Mozambique','014','[]');
INSERT INTO countries VALUES('NA','Namibia','Republic of Namibia','018','[]');
INSERT INTO countries VALUES('NC','New Caledonia','','054','[]');
INSERT INTO countries VALUES('NE','Niger','Republic of the Niger','011','[]');
INSERT INTO countries VALUES('NF','Norfolk Island','','053','[]');
INSERT INTO countries VALUES('NG','Nigeria','Federal Republic of Nigeria','011','[]');
INSERT INTO countries VALUES('NI','Nicaragua','Republic of Nicaragua','013','[]');
INSERT INTO countries VALUES('NL','Netherlands','Kingdom of the Netherlands','155','["Holland","The Netherlands"]');
INSERT INTO countries VALUES('NO','Norway','Kingdom of Norway','154','[]');
INSERT INTO countries VALUES('NP','Nepal','Federal Democratic Republic of Nepal','034','[]');
INSERT INTO countries VALUES('NR','Nauru','Republic of Nauru','057','[]');
INSERT INTO countries VALUES('NU','Niue','Niue','061','[]');
INSERT INTO countries VALUES('NZ','New Zealand','','053','[]');
INSERT INTO countries VALUES('OM','Oman','Sultanate of Oman','145','[]');
INSERT INTO countries VALUES('PA','Panama','Republic of Panama','013','[]');
INSERT INTO countries VALUES('PE','Peru','Republic of Peru','005','[]');
INSERT INTO countries VALUES('PF','French Polynesia','','061','[]');
INSERT INTO countries VALUES('PG','Papua New Guinea','Independent State of Papua New Guinea','054','[]');
INSERT INTO countries VALUES('PH','Philippines','Republic of the Philippines','035','[]');
INSERT INTO countries VALUES('PK','Pakistan','Islamic Republic of Pakistan','034','[]');
INSERT INTO countries VALUES('PL','Poland','Republic of Poland','151','[]');
INSERT INTO countries VALUES('PM','Saint Pierre and Miquelon','','021','[]');
INSERT INTO countries VALUES('PN','Pitcairn','','061','["Pitcairn Islands"]');
INSERT INTO countries VALUES('PR','Puerto Rico','','029','[]');
INSERT INTO countries VALUES('PS','Palestine','State of Palestine','145','["Palestinian Territories","Occupied Palestinian Territory","Palestine, State of"]');
INSERT INTO countries VALUES('PT','Portugal','Portuguese Republic','039','[]');
INSERT INTO countries VALUES('PW','Palau','Republic of Palau','057','[]');
INSERT INTO countries VALUES('PY','Paraguay','Republic of Paraguay','005','[]');
INSERT INTO countries VALUES('QA','Qatar','State of Qatar','145','[]');
INSERT INTO countries VALUES('RE','Réunion','','014','[]');
INSERT INTO countries VALUES('RO','Romania','','151','[]');
INSERT INTO countries VALUES('RS','Serbia','Republic of Serbia','039','["Republic of Serbia"]');
INSERT INTO countries VALUES('RU','Russia','Russian Federation','151','["Russian Federation"]');
INSERT INTO countries VALUES('RW','Rwanda','Rwandese Republic','014','[]');
INSERT INTO countries VALUES('SA','Saudi Arabia','Kingdom of Saudi Arabia','145','[]');
INSERT INTO countries VALUES('SB','Solomon Islands','','054','[]');
INSERT INTO countries VALUES('SC','Seychelles','Republic of Seychelles','014','[]');
INSERT INTO countries VALUES('SD','Sudan','Republic of the Sudan','015','[]');
INSERT INTO countries VALUES('SE','Sweden','Kingdom of Sweden','154','[]');
INSERT INTO countries VALUES('SG','Singapore','Republic of Singapore','035','[]');
INSERT INTO countries VALUES('SH','Saint Helena','','011','["Saint Helena, Ascension and Tristan da Cunha"]');
INSERT INTO countries VALUES('SI','Slovenia','Republic of Slovenia','039','[]');
INSERT INTO countries VALUES('SJ','Svalbard and Jan Mayen','','154','[]');
INSERT INTO countries VALUES('SK','Slovakia','Slovak Republic','151','[]');
INSERT INTO countries VALUES('SL','Sierra Leone','Republic of Sierra Leone','011','[]');
INSERT INTO countries VALUES('SM','San Marino','Republic of San Marino','039','[]');
INSERT INTO countries VALUES('SN','Senegal','Republic of Senegal','011','[]');
INSERT INTO countries VALUES('SO','Somalia','Federal Republic of Somalia','014','[]');
INSERT INTO countries VALUES('SR','Suriname','Republic of Suriname','005','[]');
INSERT INTO countries VALUES('SS','South Sudan','Republic of South Sudan','014','[]');
INSERT INTO countries VALUES('ST','Sao Tome and Principe','Democratic Republic of Sao Tome and Principe','017','["São Tomé and Príncipe"]');
INSERT INTO countries VALUES('SV','El Salvador','Republic of El Salvador','013','[]');
INSERT INTO countries VALUES('SX','Sint Maarten','Sint Maarten (Dutch part)','029','["Sint Maarten (Dutch part)"]');
INSERT INTO countries VALUES('SY','Syria','Syrian Arab Republic','145','["Syrian Arab Republic"]');
INSERT INTO countries VALUES('SZ','Eswatini','Kingdom of Eswatini','018','["Swaziland"]');
INSERT INTO countries VALUES('TC','Turks and Caicos Islands','','029','[]');
INSERT INTO countries VALUES('TD','Chad','Republic of Chad','017','[]');
INSERT INTO countries VALUES('TF','French Southern Territories','','014','[]');
INSERT INTO countries VALUES('TG','Togo','Togolese Republic','011','[]');
INSERT INTO countries VALUES('TH','Thailand','Kingdom of Thailand','035','[]');
INSERT INTO countries VALUES('TJ','Tajikistan','Republic of Tajikistan','143','[]');
INSERT INTO countries VALUES('TK','Tokelau','','061','[]');
INSERT INTO countries VALUES('TL','Timor-Leste','Democratic Republic of Timor-Leste','035','["East Timor"]');
INSERT INTO countries VALUES('TM','Turkmenistan','','143','[]');
INSERT INTO countries VALUES('TN','Tunisia','Republic of Tunisia','015','[]');
INSERT INTO countries VALUES('TO','Tonga','Kingdom of Tonga','061','[]');
INSERT INTO countries VALUES('TR','Türkiye','Republic of Türkiye','145','["Turkey"]');
INSERT INTO countries VALUES('TT','Trinidad and Tobago','Republic of Trinidad and Tobago','029','[]');
INSERT INTO countries VALUES('TV','Tuvalu','','061','[]');
INSERT INTO countries VALUES('TW','Taiwan','','030','["Chinese Taipei","Taiwan, Province of China"]');
INSERT INTO countries VALUES('TZ','Tanzania','United Republic of Tanzania','014','["Tanzania, United Republic of"]');
INSERT INTO countries VALUES('UA','Ukraine','','151','[]');
INSERT INTO countries VALUES('UG','Uganda','Republic of Uganda','014','[]');
INSERT INTO countries VALUES('UM','United States Minor Outlying Islands','','057','[]');
INSERT INTO countries VALUES('US','United States','United States of America','021','["USA","U.S.","United States of America"]');
INSERT INTO countries VALUES('UY','Uruguay','Eastern Republic of Uruguay','005','[]');
INSERT INTO countries VALUES('UZ','Uzbekistan','Republic of Uzbekistan','143','[]');
INSERT INTO countries VALUES('VA','Vatican City','Vatican City State','039','["Holy See","Holy See (Vatican City State)"]');
INSERT INTO countries VALUES('VC','Saint Vincent and the Grenadines','','029','["St Vincent and the Grenadines","St. Vincent and the Grenadines"]');
INSERT INTO countries VALUES('VE','Venezuela','Bolivarian Republic of Venezuela','005','["Venezuela, Bolivarian Republic of"]');
INSERT INTO countries VALUES('VG','British Virgin Islands','British Virgin Islands','029','["Virgin Islands, British"]');
INSERT INTO countries VALUES('VI','U.S. Virgin Islands','Virgin Islands of the United States','029','["US Virgin Islands","United States Virgin Islands","Virgin Islands, U.S."]');
INSERT INTO countries VALUES('VN','Vietnam','Socialist Republic of Viet Nam','035','["Viet Nam"]');
INSERT INTO countries VALUES('VU','Vanuatu','Republic of Vanuatu','054','[]');
INSERT INTO countries VALUES('WF','Wallis and Futuna','','061','[]');
INSERT INTO countries VALUES('WS','Samoa','Independent State of Samoa','061','[]');
INSERT INTO countries VALUES('XK','Kosovo','Republic of Kosovo','039','["Kosova","Kosovë"]');
INSERT INTO countries VALUES('YE','Yemen','Republic of Yemen','145','[]');
INSERT INTO countries VALUES('YT','Mayotte','','014','[]');
INSERT INTO countries VALUES('ZA','South Africa','Republic of South Africa','018','[]');
INSERT INTO countries VALUES('ZM','Zambia','Republic of Zambia','014','[]');
INSERT INTO countries VALUES('ZW','Zimbabwe','Republic of Zimbabwe','014','[]');
CREATE TABLE hotlines (
        id           INTEGER PRIMARY KEY,
        country_code TEXT REFERENCES countries(code) DEFERRABLE INITIALLY DEFERRED,
        label        TEXT NOT NULL DEFAULT '',
        e164         TEXT NOT NULL,
        display      TEXT NOT NULL DEFAULT '',
        source       TEXT NOT NULL DEFAULT '',
        as_of        TEXT,
        page_key     TEXT REFERENCES pages(key) ON DELETE CASCADE
    );
INSERT INTO hotlines VALUES(1,'RS','curated SOS','+381113347817','+381113347817','source of curated SOS','2024-02',NULL);
INSERT INTO hotlines VALUES(2,'ME','curated ME','+38220000000','+38220000000','source of curated ME','2024-02',NULL);
INSERT INTO hotlines VALUES(3,'RS','page SOS','+381113347817','+381113347817','source of page SOS','2024-02','serbia-montenegro-kosovo');
CREATE TABLE page_countries (
        page_key     TEXT NOT NULL REFERENCES pages(key) ON DELETE CASCADE,
        position     INTEGER NOT NULL,
        country_code TEXT NOT NULL REFERENCES countries(code) DEFERRABLE INITIALLY DEFERRED,
        PRIMARY KEY (page_key, position)
    ) WITHOUT ROWID;
INSERT INTO page_countries VALUES('france',0,'FR');
INSERT INTO page_countries VALUES('serbia-montenegro-kosovo',1,'ME');
INSERT INTO page_countries VALUES('serbia-montenegro-kosovo',0,'RS');
INSERT INTO page_countries VALUES('serbia-montenegro-kosovo',2,'XK');
CREATE TABLE pages (
        key           TEXT PRIMARY KEY NOT NULL,
        site_title    TEXT NOT NULL DEFAULT '',
        title         TEXT NOT NULL DEFAULT '',
        tagline       TEXT NOT NULL DEFAULT '',
        coverage      TEXT NOT NULL DEFAULT '',
        coverage_from INTEGER NOT NULL DEFAULT 0,
        coverage_to   INTEGER NOT NULL DEFAULT 0,
        caution       TEXT NOT NULL DEFAULT '',
        student_note  TEXT NOT NULL DEFAULT '[]',
        fair_use      TEXT NOT NULL DEFAULT '',
        citation      TEXT NOT NULL DEFAULT ''
    );
INSERT INTO pages VALUES('serbia-montenegro-kosovo','Human Trafficking & Modern-day Slavery','Serbia, Montenegro & Kosovo','A tagline','Published reports & articles from 2000 to 2025',2000,2025,'Caution: some links are dead.','["Note for students.","And teachers."]','Fair use notice.','Cite this webpage as: ...');
INSERT INTO pages VALUES('france','','France','','',0,0,'','[]','','');
CREATE TABLE profiles (
        page_key            TEXT NOT NULL REFERENCES pages(key) ON DELETE CASCADE,
        position            INTEGER NOT NULL,
        country_code        TEXT REFERENCES countries(code) DEFERRABLE INITIALLY DEFERRED,
        official_name       TEXT NOT NULL DEFAULT '',
        background          TEXT NOT NULL DEFAULT '[]',
        background_citation TEXT NOT NULL DEFAULT '',
        tip_excerpt         TEXT NOT NULL DEFAULT '',
        tip_citation        TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (page_key, position)
    ) WITHOUT ROWID;
INSERT INTO profiles VALUES('serbia-montenegro-kosovo',0,'RS','Republic of Serbia','["First paragraph.","Second."]','The World Factbook, U.S.C.I.A. 2009','Serbia is a source, transit and destination country.','U.S. State Dept Trafficking in Persons Report, 2009');
INSERT INTO profiles VALUES('serbia-montenegro-kosovo',1,NULL,'A block whose country was not resolved','[]','','','');
CREATE TABLE publishers (
        id   INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
    );
INSERT INTO publishers VALUES(1,'Reuters');
INSERT INTO publishers VALUES(2,'Associated Press');
INSERT INTO publishers VALUES(3,'Balkan Insight');
INSERT INTO publishers VALUES(4,'Le Monde');
CREATE TABLE regions (
        code        TEXT PRIMARY KEY NOT NULL,
        name        TEXT NOT NULL,
        parent_code TEXT REFERENCES regions(code) DEFERRABLE INITIALLY DEFERRED
    );
INSERT INTO regions VALUES('001','World',NULL);
INSERT INTO regions VALUES('002','Africa','001');
INSERT INTO regions VALUES('019','Americas','001');
INSERT INTO regions VALUES('142','Asia','001');
INSERT INTO regions VALUES('150','Europe','001');
INSERT INTO regions VALUES('009','Oceania','001');
INSERT INTO regions VALUES('015','Northern Africa','002');
INSERT INTO regions VALUES('202','Sub-Saharan Africa','002');
INSERT INTO regions VALUES('014','Eastern Africa','202');
INSERT INTO regions VALUES('017','Middle Africa','202');
INSERT INTO regions VALUES('018','Southern Africa','202');
INSERT INTO regions VALUES('011','Western Africa','202');
INSERT INTO regions VALUES('419','Latin America and the Caribbean','019');
INSERT INTO regions VALUES('029','Caribbean','419');
INSERT INTO regions VALUES('013','Central America','419');
INSERT INTO regions VALUES('005','South America','419');
INSERT INTO regions VALUES('021','Northern America','019');
INSERT INTO regions VALUES('143','Central Asia','142');
INSERT INTO regions VALUES('030','Eastern Asia','142');
INSERT INTO regions VALUES('035','South-eastern Asia','142');
INSERT INTO regions VALUES('034','Southern Asia','142');
INSERT INTO regions VALUES('145','Western Asia','142');
INSERT INTO regions VALUES('151','Eastern Europe','150');
INSERT INTO regions VALUES('154','Northern Europe','150');
INSERT INTO regions VALUES('830','Channel Islands','154');
INSERT INTO regions VALUES('039','Southern Europe','150');
INSERT INTO regions VALUES('155','Western Europe','150');
INSERT INTO regions VALUES('053','Australia and New Zealand','009');
INSERT INTO regions VALUES('054','Melanesia','009');
INSERT INTO regions VALUES('057','Micronesia','009');
INSERT INTO regions VALUES('061','Polynesia','009');
CREATE TABLE topics (
        id    TEXT PRIMARY KEY NOT NULL,
        label TEXT NOT NULL
    );
INSERT INTO topics VALUES('sexual-exploitation','Sexual exploitation');
INSERT INTO topics VALUES('forced-labour','Forced labour');
INSERT INTO topics VALUES('forced-begging','Forced begging');
INSERT INTO topics VALUES('child-labour','Child labour');
INSERT INTO topics VALUES('forced-marriage','Forced marriage');
INSERT INTO topics VALUES('organ-trade','Organ trade');
INSERT INTO topics VALUES('debt-bondage','Debt bondage');
INSERT INTO topics VALUES('domestic-servitude','Domestic servitude');
INSERT INTO topics VALUES('forced-criminality','Forced criminality and online fraud');
INSERT INTO topics VALUES('corruption','Corruption and official complicity');
INSERT INTO topics VALUES('victim-protection','Victim protection');
INSERT INTO topics VALUES('prosecution','Prosecution and courts');
CREATE TABLE vigil_meta (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    ) WITHOUT ROWID;
INSERT INTO vigil_meta VALUES('format','vigil-library');
INSERT INTO vigil_meta VALUES('search_terms','fresh');
CREATE TABLE article_bodies (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            paragraphs BLOB NOT NULL
        );
INSERT INTO article_bodies VALUES(1001,X'28b52ffd20a59d0400b209222790b5e9ffffff7f3ce75eb4faddf6352d44dcb69bcd251b12b44fcd9b4a0d6ff8a80d31a9fc570ecf33609a309a944efc3a6f34e1f34d7845432200017e8ea51eb0ab9ad571bcdc4b5138288b8151a6cca24cc034b96b309aae588aae8592b4fb5cca877f38524f426ffad2421bf668f2c9da5bfe7c0dbbcb78089b776e5c84abe7436fda84364d020029a926708528');
INSERT INTO article_bodies VALUES(1002,X'28b52ffd2036b101005b5b2241207368656c746572206f70656e656420696e20506f64676f7269636120666f72207265736375656420776f6d656e2e225d5d');
INSERT INTO article_bodies VALUES(1003,X'28b52ffd20021100005b5d');
INSERT INTO article_bodies VALUES(2001,X'28b52ffd2038c101005b5b22496e76657374696761746f727320696e20506172697320666f6c6c6f77656420746865206d6f6e657920746f204c796f6e2e225d5d');
INSERT INTO article_bodies VALUES(2002,X'28b52ffd2037b901005b5b224120636f75727420696e204c796f6e206865617264207468652063617365206f6620612062656767696e672072696e672e225d5d');
CREATE TABLE body_dictionaries (
            id INTEGER PRIMARY KEY,
            dictionary BLOB NOT NULL
        );
CREATE TABLE search_terms (
            term TEXT PRIMARY KEY NOT NULL,
            docs INTEGER NOT NULL
        ) WITHOUT ROWID;
INSERT INTO search_terms VALUES('001',1);
INSERT INTO search_terms VALUES('1001',1);
INSERT INTO search_terms VALUES('2005',1);
INSERT INTO search_terms VALUES('70',1);
INSERT INTO search_terms VALUES('a',2);
INSERT INTO search_terms VALUES('and',1);
INSERT INTO search_terms VALUES('arrested',1);
INSERT INTO search_terms VALUES('associated',1);
INSERT INTO search_terms VALUES('begging',1);
INSERT INTO search_terms VALUES('belgrade',1);
INSERT INTO search_terms VALUES('broken',1);
INSERT INTO search_terms VALUES('by',1);
INSERT INTO search_terms VALUES('case',1);
INSERT INTO search_terms VALUES('country',1);
INSERT INTO search_terms VALUES('court',1);
INSERT INTO search_terms VALUES('dismantled',1);
INSERT INTO search_terms VALUES('doe',1);
INSERT INTO search_terms VALUES('does',1);
INSERT INTO search_terms VALUES('emoji',1);
INSERT INTO search_terms VALUES('eur',1);
INSERT INTO search_terms VALUES('five',1);
INSERT INTO search_terms VALUES('followed',1);
INSERT INTO search_terms VALUES('for',1);
INSERT INTO search_terms VALUES('heard',1);
INSERT INTO search_terms VALUES('hears',1);
INSERT INTO search_terms VALUES('human',1);
INSERT INTO search_terms VALUES('ic',1);
INSERT INTO search_terms VALUES('in',4);
INSERT INTO search_terms VALUES('index',1);
INSERT INTO search_terms VALUES('investigators',1);
INSERT INTO search_terms VALUES('ivo',1);
INSERT INTO search_terms VALUES('jane',1);
INSERT INTO search_terms VALUES('kosovo',1);
INSERT INTO search_terms VALUES('lyon',2);
INSERT INTO search_terms VALUES('money',1);
INSERT INTO search_terms VALUES('montenegro',1);
INSERT INTO search_terms VALUES('moved',1);
INSERT INTO search_terms VALUES('near',1);
INSERT INTO search_terms VALUES('network',1);
INSERT INTO search_terms VALUES('number',1);
INSERT INTO search_terms VALUES('of',1);
INSERT INTO search_terms VALUES('on',1);
INSERT INTO search_terms VALUES('opened',1);
INSERT INTO search_terms VALUES('opens',1);
INSERT INTO search_terms VALUES('paris',1);
INSERT INTO search_terms VALUES('people',1);
INSERT INTO search_terms VALUES('podgorica',1);
INSERT INTO search_terms VALUES('police',1);
INSERT INTO search_terms VALUES('practices',1);
INSERT INTO search_terms VALUES('press',1);
INSERT INTO search_terms VALUES('pristina',1);
INSERT INTO search_terms VALUES('quotes',1);
INSERT INTO search_terms VALUES('reports',1);
INSERT INTO search_terms VALUES('rescued',1);
INSERT INTO search_terms VALUES('reuters',1);
INSERT INTO search_terms VALUES('rights',1);
INSERT INTO search_terms VALUES('ring',2);
INSERT INTO search_terms VALUES('shelter',1);
INSERT INTO search_terms VALUES('so',1);
INSERT INTO search_terms VALUES('survive',1);
INSERT INTO search_terms VALUES('tab',1);
INSERT INTO search_terms VALUES('the',3);
INSERT INTO search_terms VALUES('through',1);
INSERT INTO search_terms VALUES('to',1);
INSERT INTO search_terms VALUES('trafficking',1);
INSERT INTO search_terms VALUES('up',1);
INSERT INTO search_terms VALUES('victims',1);
INSERT INTO search_terms VALUES('were',1);
INSERT INTO search_terms VALUES('women',1);
PRAGMA writable_schema=ON;
INSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','article_fts','article_fts',0,'CREATE VIRTUAL TABLE article_fts USING fts5(body, title, byline, content = '''', tokenize = ''unicode61 remove_diacritics 2'')');
CREATE TABLE IF NOT EXISTS 'article_fts_data'(id INTEGER PRIMARY KEY, block BLOB);
INSERT INTO article_fts_data VALUES(1,X'052f1710');
INSERT INTO article_fts_data VALUES(10,X'000000000103030003010101020101030101');
INSERT INTO article_fts_data VALUES(137438953473,X'0000022004303030318aa1d529060102100104313030318aa1d529060101080104323030358aa1d52906010211010237308aa1d5290601020f0103616e648aa1d5290a0f030102080207727265737465648aa1d5290205020973736f6369617465648aa1d52906010203010862656c67726164658aa1d529020d0205726f6b656e8aa1d529060101040201798aa1d529060102050103646f658aa1d529060102070401738aa1d52902140105656d6f6a698aa1d5290211020275728aa1d5290601020e0104666976658aa1d5290206010269638aa1d5290601020a02016e8aa1d529020303036465788aa1d5290601020c0202766f8aa1d5290601020901046a616e658aa1d5290601020601066b6f736f766f8aa1d529020401056d6f7665648aa1d529020b01046e6561728aa1d529060101060205756d6265728aa1d5290601020d010670656f706c658aa1d529020702056f6c6963658aa1d52902020204726573738aa1d529060102040306697374696e618aa1d5290c01010701020b010671756f7465738aa1d529020e0107726575746572738aa1d529060102020203696e678aa1d529060101030102736f8aa1d529021302067572766976658aa1d529021201037461628aa1d5290215020268658aa1d52902080305726f7567688aa1d529020c020a7261666669636b696e678aa1d52906010102010275708aa1d52906010105010776696374696d738aa1d52902090104776572658aa1d529020a040d0e0e0c0f0f13100f0b0d090d0c0c0c090d0c0e0e0d0e0f0e0d0e130e110d0a0e0b0a0d140c0f');
INSERT INTO article_fts_data VALUES(274877906945,X'0000008e02306189fb8c2a02020103666f7289fb8c2a02070102696e89fb8c2a0205010a6d6f6e74656e6567726f89fb8c2a0601010201066f70656e656489fb8c2a020405017389fb8c2a060101040109706f64676f7269636189fb8c2a020601077265736375656489fb8c2a020801077368656c74657289fb8c2a08030101030105776f6d656e89fb8c2a020904090b0a140e0b110f12');
INSERT INTO article_fts_data VALUES(412316860417,X'0000015502306189fb8c1204020a010762656767696e6789fb8c12020b01046361736589fb8c12080801010502066f756e747279876c060101020402727489fb8c120803010103010a6469736d616e746c656489f5b011060101040108666f6c6c6f77656489f5b01102050105686561726489fb8c12020605017389fb8c12060101040204756d616e876c060101050102696e89f5b011020385dc010204030b76657374696761746f727389f5b011020201046c796f6e89f5b011020985dc01080501010201056d6f6e657989f5b011020701076e6574776f726b89f5b0110601010301026f6689fb8c12020902016e876c060101040105706172697389f5b011080401010202087261637469636573876c0601010701077265706f727473876c0601010302056967687473876c0601010603026e6789fb8c12020c010374686589f5b011020685dc01020702016f89f5b0110208040a0f0f0e0d14100d0b0c0f13140d110a0910100f0d0a10');
CREATE TABLE IF NOT EXISTS 'article_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;
INSERT INTO article_fts_idx VALUES(1,X'',2);
INSERT INTO article_fts_idx VALUES(2,X'',2);
INSERT INTO article_fts_idx VALUES(3,X'',2);
CREATE TABLE IF NOT EXISTS 'article_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);
INSERT INTO article_fts_docsize VALUES(1004,X'000600');
INSERT INTO article_fts_docsize VALUES(20797457,X'080300');
INSERT INTO article_fts_docsize VALUES(20891154,X'0b0400');
INSERT INTO article_fts_docsize VALUES(20891178,X'080300');
INSERT INTO article_fts_docsize VALUES(21523113,X'140710');
CREATE TABLE IF NOT EXISTS 'article_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;
INSERT INTO article_fts_config VALUES('version',4);
CREATE INDEX regions_parent ON regions(parent_code);
CREATE INDEX countries_region ON countries(region_code);
CREATE INDEX page_countries_country ON page_countries(country_code);
CREATE INDEX profiles_country ON profiles(country_code);
CREATE UNIQUE INDEX articles_page_ordinal ON articles(page_key, ordinal);
CREATE INDEX articles_date ON articles(date_sort);
CREATE INDEX hotlines_country ON hotlines(country_code, e164);
CREATE INDEX hotlines_page ON hotlines(page_key);
CREATE UNIQUE INDEX articles_search_key ON articles(search_key);
CREATE INDEX article_countries_key ON article_countries(country_code, search_key);
CREATE INDEX article_topics_key ON article_topics(topic_id, search_key);
CREATE INDEX article_publishers_key ON article_publishers(publisher_id, search_key);
CREATE INDEX articles_pdf ON articles(search_key) WHERE is_pdf = 1;
CREATE INDEX articles_featured ON articles(search_key) WHERE featured = 1;
PRAGMA writable_schema=OFF;
COMMIT;
