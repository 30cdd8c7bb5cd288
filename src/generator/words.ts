/** Vocabulary the generator draws from. Lists are ordered roughly by how often they make news. */

/** [country, adjective] */
export const COUNTRIES: ReadonlyArray<readonly [string, string]> = [
  ['United States', 'American'], ['China', 'Chinese'], ['Russia', 'Russian'], ['United Kingdom', 'British'],
  ['Iran', 'Iranian'], ['Syria', 'Syrian'], ['Iraq', 'Iraqi'], ['Israel', 'Israeli'], ['Ukraine', 'Ukrainian'],
  ['India', 'Indian'], ['France', 'French'], ['Germany', 'German'], ['Turkey', 'Turkish'], ['Afghanistan', 'Afghan'],
  ['Pakistan', 'Pakistani'], ['Japan', 'Japanese'], ['North Korea', 'North Korean'], ['South Korea', 'South Korean'],
  ['Brazil', 'Brazilian'], ['Egypt', 'Egyptian'], ['Saudi Arabia', 'Saudi'], ['Mexico', 'Mexican'],
  ['Nigeria', 'Nigerian'], ['Venezuela', 'Venezuelan'], ['Yemen', 'Yemeni'], ['Libya', 'Libyan'], ['Italy', 'Italian'],
  ['Spain', 'Spanish'], ['Greece', 'Greek'], ['Australia', 'Australian'], ['Canada', 'Canadian'],
  ['Indonesia', 'Indonesian'], ['Philippines', 'Philippine'], ['Thailand', 'Thai'], ['Myanmar', 'Burmese'],
  ['Sudan', 'Sudanese'], ['South Sudan', 'South Sudanese'], ['Somalia', 'Somali'], ['Ethiopia', 'Ethiopian'],
  ['Kenya', 'Kenyan'], ['South Africa', 'South African'], ['Argentina', 'Argentine'], ['Colombia', 'Colombian'],
  ['Chile', 'Chilean'], ['Peru', 'Peruvian'], ['Poland', 'Polish'], ['Hungary', 'Hungarian'], ['Belarus', 'Belarusian'],
  ['Georgia', 'Georgian'], ['Armenia', 'Armenian'], ['Azerbaijan', 'Azerbaijani'], ['Lebanon', 'Lebanese'],
  ['Jordan', 'Jordanian'], ['Qatar', 'Qatari'], ['United Arab Emirates', 'Emirati'], ['Bahrain', 'Bahraini'],
  ['Tunisia', 'Tunisian'], ['Algeria', 'Algerian'], ['Morocco', 'Moroccan'], ['Mali', 'Malian'],
  ['Niger', 'Nigerien'], ['Chad', 'Chadian'], ['Cameroon', 'Cameroonian'], ['Democratic Republic of the Congo', 'Congolese'],
  ['Rwanda', 'Rwandan'], ['Uganda', 'Ugandan'], ['Tanzania', 'Tanzanian'], ['Zimbabwe', 'Zimbabwean'],
  ['Mozambique', 'Mozambican'], ['Angola', 'Angolan'], ['Ghana', 'Ghanaian'], ['Ivory Coast', 'Ivorian'],
  ['Senegal', 'Senegalese'], ['Bangladesh', 'Bangladeshi'], ['Sri Lanka', 'Sri Lankan'], ['Nepal', 'Nepali'],
  ['Vietnam', 'Vietnamese'], ['Cambodia', 'Cambodian'], ['Malaysia', 'Malaysian'], ['Singapore', 'Singaporean'],
  ['Taiwan', 'Taiwanese'], ['Mongolia', 'Mongolian'], ['Kazakhstan', 'Kazakh'], ['Uzbekistan', 'Uzbek'],
  ['Kyrgyzstan', 'Kyrgyz'], ['Tajikistan', 'Tajik'], ['New Zealand', 'New Zealand'], ['Fiji', 'Fijian'],
  ['Papua New Guinea', 'Papua New Guinean'], ['Cuba', 'Cuban'], ['Haiti', 'Haitian'], ['Bolivia', 'Bolivian'],
  ['Ecuador', 'Ecuadorian'], ['Paraguay', 'Paraguayan'], ['Uruguay', 'Uruguayan'], ['Nicaragua', 'Nicaraguan'],
  ['Honduras', 'Honduran'], ['Guatemala', 'Guatemalan'], ['El Salvador', 'Salvadoran'], ['Panama', 'Panamanian'],
  ['Costa Rica', 'Costa Rican'], ['Dominican Republic', 'Dominican'], ['Jamaica', 'Jamaican'], ['Ireland', 'Irish'],
  ['Portugal', 'Portuguese'], ['Netherlands', 'Dutch'], ['Belgium', 'Belgian'], ['Switzerland', 'Swiss'],
  ['Austria', 'Austrian'], ['Sweden', 'Swedish'], ['Norway', 'Norwegian'], ['Denmark', 'Danish'], ['Finland', 'Finnish'],
  ['Iceland', 'Icelandic'], ['Estonia', 'Estonian'], ['Latvia', 'Latvian'], ['Lithuania', 'Lithuanian'],
  ['Czech Republic', 'Czech'], ['Slovakia', 'Slovak'], ['Slovenia', 'Slovenian'], ['Croatia', 'Croatian'],
  ['Serbia', 'Serbian'], ['Bosnia and Herzegovina', 'Bosnian'], ['Kosovo', 'Kosovar'], ['Albania', 'Albanian'],
  ['North Macedonia', 'Macedonian'], ['Bulgaria', 'Bulgarian'], ['Romania', 'Romanian'], ['Moldova', 'Moldovan'],
  ['Cyprus', 'Cypriot'], ['Malta', 'Maltese'], ['Luxembourg', 'Luxembourgish'], ['Kuwait', 'Kuwaiti'], ['Oman', 'Omani'],
  ['Eritrea', 'Eritrean'], ['Djibouti', 'Djiboutian'], ['Burundi', 'Burundian'], ['Malawi', 'Malawian'],
  ['Zambia', 'Zambian'], ['Namibia', 'Namibian'], ['Botswana', 'Botswanan'], ['Madagascar', 'Malagasy'],
  ['Liberia', 'Liberian'], ['Sierra Leone', 'Sierra Leonean'], ['Guinea', 'Guinean'], ['Burkina Faso', 'Burkinabe'],
  ['Central African Republic', 'Central African'], ['Gabon', 'Gabonese'], ['Laos', 'Lao'], ['Brunei', 'Bruneian'],
  ['East Timor', 'Timorese'], ['Maldives', 'Maldivian'], ['Bhutan', 'Bhutanese'], ['Turkmenistan', 'Turkmen'],
];

/** Cities as written in bodies (with diacritics); titles get them folded. */
export const CITIES: readonly string[] = [
  'Baghdad', 'Aleppo', 'Damascus', 'Mosul', 'Kabul', 'Kyiv', 'Moscow', 'Beijing', 'Washington', 'London', 'Paris',
  'Berlin', 'Tehran', 'Jerusalem', 'Gaza', 'Istanbul', 'Ankara', 'Cairo', 'Tripoli', 'Benghazi', 'Sanaa', 'Aden',
  'Raqqa', 'Homs', 'Idlib', 'Kandahar', 'Karachi', 'Lahore', 'Delhi', 'Mumbai', 'Dhaka', 'Yangon', 'Bangkok',
  'Manila', 'Jakarta', 'Tokyo', 'Seoul', 'Pyongyang', 'São Paulo', 'Rio de Janeiro', 'Bogotá', 'Caracas',
  'Mexico City', 'Ciudad Juárez', 'Lima', 'Santiago', 'Buenos Aires', 'Havana', 'Port-au-Prince', 'Lagos',
  'Abuja', 'Maiduguri', 'Mogadishu', 'Nairobi', 'Addis Ababa', 'Khartoum', 'Juba', 'Kinshasa', 'Goma',
  'Johannesburg', 'Harare', 'Bamako', 'Timbuktu', 'Niamey', 'Dakar', 'Algiers', 'Tunis', 'Rabat', 'Beirut', 'Amman',
  'Riyadh', 'Doha', 'Dubai', 'Athens', 'Rome', 'Madrid', 'Barcelona', 'Lisbon', 'Brussels', 'Amsterdam',
  'Zürich', 'Geneva', 'Vienna', 'Kraków', 'Warsaw', 'Budapest', 'Minsk', 'Tbilisi', 'Yerevan', 'Baku',
  'Donetsk', 'Luhansk', 'Kharkiv', 'Odesa', 'Mariupol', 'Sevastopol', 'Reykjavík', 'Oslo', 'Stockholm',
  'Helsinki', 'Copenhagen', 'Dublin', 'Belfast', 'Ottawa', 'Toronto', 'Sydney', 'Canberra', 'Wellington',
  'Christchurch', 'Hong Kong', 'Taipei', 'Hanoi', 'Phnom Penh', 'Kathmandu', 'Colombo', 'Islamabad', 'Peshawar',
  'Quetta', 'Herat', 'Kirkuk', 'Basra', 'Fallujah', 'Ramadi', 'Tikrit', 'Erbil', 'Deir ez-Zor', 'Kobanî',
  'Hama', 'Daraa', 'Latakia', 'Misrata', 'Sirte', 'Hodeidah', 'Taiz', 'Marib', 'Montréal', 'Québec',
  'Nuremberg', 'Düsseldorf', 'Malmö', 'Łódź', 'Gdańsk', 'Cluj-Napoca', 'Thessaloniki', 'Valparaíso', 'Medellín',
];

export const ORGANISATIONS: readonly string[] = [
  'United Nations', 'NATO', 'European Union', 'ISIL', 'World Health Organization', 'Taliban', 'al-Qaeda',
  'International Monetary Fund', 'World Bank', 'African Union', 'Hamas', 'Hezbollah', 'UN Security Council',
  'European Central Bank', 'OPEC', 'Red Cross', 'Amnesty International', 'Human Rights Watch', 'Boko Haram',
  'al-Shabaab', 'Kurdistan Workers Party', 'Free Syrian Army', 'Syrian Democratic Forces', 'Houthis',
  'Arab League', 'ASEAN', 'G20', 'G7', 'World Trade Organization', 'International Criminal Court',
  'International Court of Justice', 'Interpol', 'FIFA', 'International Olympic Committee', 'UNESCO', 'UNICEF',
  'UNHCR', 'World Food Programme', 'Doctors Without Borders', 'Greenpeace', 'Gulf Cooperation Council',
  'Organization of American States', 'Mercosur', 'Commonwealth of Nations', 'Council of Europe',
  'European Commission', 'European Parliament', 'Federal Reserve', 'Bank of England', 'Bank of Japan',
  'International Atomic Energy Agency', 'Wagner Group', 'FARC', 'ELN', 'Muslim Brotherhood', 'Fatah',
  'Palestinian Authority', 'Islamic Revolutionary Guard Corps', 'Kurdistan Regional Government', 'Peshmerga',
  'Shanghai Cooperation Organisation', 'BRICS', 'NASA', 'European Space Agency', 'Roscosmos', 'SpaceX', 'Apple',
  'Google', 'Microsoft', 'Meta', 'Amazon', 'Tesla', 'Boeing', 'Airbus', 'Volkswagen', 'Toyota', 'Samsung', 'Huawei',
  'Gazprom', 'BP', 'ExxonMobil', 'Shell', 'Saudi Aramco', 'Lehman Brothers', 'Goldman Sachs', 'Deutsche Bank',
  'WikiLeaks', 'Anonymous', 'Sinaloa Cartel', 'Lord Resistance Army', 'M23', 'Janjaweed', 'Rapid Support Forces',
  'Tigray People Liberation Front', 'Sri Lanka Freedom Party', 'Indian National Congress', 'Bharatiya Janata Party',
  'Chinese Communist Party', 'United Russia', 'Conservative Party', 'Labour Party', 'Democratic Party',
  'Republican Party', 'Christian Democratic Union', 'Social Democratic Party', 'Syriza', 'Podemos', 'Five Star Movement',
  'National Rally', 'Law and Justice', 'Fidesz', 'Justice and Development Party', 'African National Congress',
  'ZANU-PF', 'Workers Party', 'Likud', 'Blue and White', 'Pakistan Tehreek-e-Insaf', 'Awami League',
  'Bangladesh Nationalist Party', 'Liberal Democratic Party', 'Kuomintang', 'Democratic Progressive Party',
];

/** Given names; some carry diacritics, which bodies keep and titles fold. */
export const GIVEN_NAMES: readonly string[] = [
  'Ahmed', 'Maria', 'John', 'Olga', 'Wei', 'Fatima', 'José', 'Anna', 'Mohammed', 'Elena', 'David', 'Aisha', 'Sergei',
  'Li', 'Carlos', 'Hannah', 'Ali', 'Sofia', 'Viktor', 'Mei', 'Jean', 'Amara', 'Pedro', 'Ingrid', 'Hassan', 'Zeynep',
  'Raúl', 'Priya', 'Kwame', 'Yuki', 'Dmitri', 'Leila', 'Andrés', 'Chloé', 'Omar', 'Ngozi', 'Stefan', 'Lucía',
  'Tomás', 'Aung', 'Mustafa', 'Hyun', 'François', 'Nadia', 'Jürgen', 'Ewa', 'Rashid', 'Thandiwe', 'Ivan', 'Noor',
  'Björn', 'Ana', 'Recep', 'Emmanuel', 'Jacinda', 'Narendra', 'Luiz', 'Angela', 'Boris', 'Xi', 'Benjamin',
  'Mahmoud', 'Abdel', 'Volodymyr', 'Shinzo', 'Moon', 'Jair', 'Cristina', 'Evo', 'Hugo', 'Nicolás', 'Dilma',
  'Theresa', 'Gordon', 'Tony', 'Nicolas', 'Silvio', 'Mario', 'Mateusz', 'Viktória', 'Søren', 'Ólafur', 'Łukasz',
];

export const FAMILY_NAMES: readonly string[] = [
  'Hassan', 'García', 'Smith', 'Ivanova', 'Zhang', 'Khan', 'Pérez', 'Müller', 'Rahman', 'Petrov', 'Kim', 'Nguyen',
  'Silva', 'Okafor', 'Yılmaz', 'Kowalski', 'Dubois', 'Rossi', 'Tanaka', 'Sato', 'Haddad', 'Mansour', 'Novak',
  'Horváth', 'Jensen', 'Andersson', 'Nakamura', 'Chen', 'Wang', 'Singh', 'Patel', 'Mensah', 'Abubakar', 'Moreno',
  'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Romero', 'Schmidt', 'Schneider', 'Fischer',
  'Weber', 'Wagner', 'Becker', 'Hoffmann', 'Kovačević', 'Popescu', 'Papadopoulos', 'Georgiou', 'Aziz', 'Karimi',
  'Hosseini', 'Mahdi', 'Barzani', 'Talabani', 'Assad', 'Hariri', 'Nasrallah', 'Abbas', 'Cohen', 'Levi', 'Mizrahi',
  'Sharif', 'Bhutto', 'Gandhi', 'Modi', 'Sirisena', 'Rajapaksa', 'Suu Kyi', 'Duterte', 'Widodo', 'Abe', 'Lula',
  'Bolsonaro', 'Kirchner', 'Macri', 'Maduro', 'Chávez', 'Morales', 'Correa', 'Santos', 'Uribe', 'Obrador',
  'Trudeau', 'Harper', 'Merkel', 'Scholz', 'Macron', 'Hollande', 'Sarkozy', 'Renzi', 'Berlusconi', 'Draghi',
  'Tsipras', 'Orbán', 'Erdoğan', 'Putin', 'Medvedev', 'Lukashenko', 'Zelenskyy', 'Poroshenko', 'Yanukovych',
];

export const ROLES: readonly string[] = [
  'President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Interior Minister', 'opposition leader',
  'Finance Minister', 'central bank governor', 'army chief', 'Supreme Leader', 'Speaker of Parliament', 'mayor',
];

export const OUTLETS: ReadonlyArray<readonly [string, string]> = [
  ['Reuters', 'https://www.example.com/reuters'], ['BBC News', 'https://www.example.co.uk/news'],
  ['Al Jazeera', 'https://www.example.net/aljazeera'], ['The Guardian', 'https://www.example.co.uk/guardian'],
  ['Associated Press', 'https://apnews.example.com'], ['Agence France-Presse', 'https://www.example.fr/afp'],
  ['The New York Times', 'https://www.example.com/nytimes'], ['The Washington Post', 'https://www.example.com/wapo'],
  ['Deutsche Welle', 'https://www.example.de/dw'], ['Le Monde', 'https://www.example.fr/lemonde'],
  ['NHK World', 'https://www3.example.jp/nhkworld'], ['CNN', 'https://edition.example.com/cnn'],
  ['France 24', 'https://www.example.fr/france24'], ['The Times of India', 'https://www.example.in/toi'],
  ['Kyiv Independent', 'https://www.example.org/kyivindependent'], ['Der Spiegel', 'https://www.example.de/spiegel'],
  ['El País', 'https://www.example.es/elpais'], ['Folha de S.Paulo', 'https://www.example.com.br/folha'],
  ['South China Morning Post', 'https://www.example.com/scmp'], ['The Hindu', 'https://www.example.in/thehindu'],
  ['ABC News (Australia)', 'https://www.example.net.au/abc'], ['CBC News', 'https://www.example.ca/cbc'],
  ['Haaretz', 'https://www.example.co.il/haaretz'], ['Daily Nation', 'https://www.example.co.ke/nation'],
  ['Xinhua', 'https://www.example.cn/xinhua'], ['TASS', 'https://www.example.ru/tass'],
  ['Bloomberg', 'https://www.example.com/bloomberg'], ['Financial Times', 'https://www.example.com/ft'],
];

export const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December',
];

export const WEEKDAYS: readonly string[] = ['Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday'];
