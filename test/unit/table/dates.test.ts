import { describe, expect, it } from 'vitest'
import { parseDate } from '../../../src/core/table/dates'

const REFERENCE = 2026
const iso = (text: string) => {
  const parsed = parseDate(text, REFERENCE)
  return parsed ? new Date(parsed.time).toISOString().slice(0, 10) : null
}

describe('parseDate', () => {
  it.each([
    ['30-Nov-04', '2004-11-30'],
    ['3-Jun-11', '2011-06-03'],
    ['29 May, 2004', '2004-05-29'],
    ['02 November, 2007', '2007-11-02'],
    ['7 September, 1999', '1999-09-07'],
    ['28 Feb. 2008', '2008-02-28'],
    ['12/17/2020', '2020-12-17'],
    ['17 July 2018', '2018-07-17'],
    ['January 14. 2010', '2010-01-14'],
    ['  29  may,  2004 ', '2004-05-29'],
  ])('given the real-data spelling %j when parsed then it is the day %s', (text, expected) => {
    expect(iso(text)).toBe(expected)
    expect(parseDate(text, REFERENCE)?.precision).toBe('day')
  })

  it.each([
    ['Aug-12', '2012-08-01', 2012, 8],
    ['July, 2009', '2009-07-01', 2009, 7],
  ])('given a month-only date %j when parsed then the precision is month', (text, expected, year, month) => {
    expect(iso(text)).toBe(expected)
    expect(parseDate(text, REFERENCE)).toMatchObject({ precision: 'month', year, month, day: undefined })
  })

  it('given only a year when parsed then the precision is year', () => {
    expect(parseDate('2004', REFERENCE)).toMatchObject({ precision: 'year', year: 2004, month: undefined })
  })

  it('given a day and month without a year (24-Sep) when parsed then the day is kept and the time is unknown', () => {
    const parsed = parseDate('24-Sep', REFERENCE)
    expect(parsed).toMatchObject({ precision: 'monthday', month: 9, day: 24 })
    expect(parsed!.year).toBeUndefined()
    expect(Number.isNaN(parsed!.time)).toBe(true)
  })

  it('given two-digit years when parsed then they map to the nearest past century', () => {
    expect(parseDate('1-Jan-26', REFERENCE)?.year).toBe(2026)
    expect(parseDate('1-Jan-27', REFERENCE)?.year).toBe(1927)
    expect(parseDate('1-Jan-75', REFERENCE)?.year).toBe(1975)
    expect(parseDate('1-Jan-68', REFERENCE)?.year).toBe(1968)
    expect(parseDate('Aug-99', REFERENCE)?.year).toBe(1999)
  })

  it.each(['31 June, 2008', '31-Jun-08', '29 February, 2007', '02/30/2020', '13/01/2020', '30 Foo, 2008'])(
    'given the impossible or unknown date %j when parsed then it is rejected, not rolled over',
    (text) => {
      expect(parseDate(text, REFERENCE)).toBeNull()
    },
  )

  it.each([
    ['2018-03-05 16:48:03', '2018-03-05'],
    ['2004-05-29T23:10:00Z', '2004-05-29'],
    ['1996-5-30', '1996-05-30'],
  ])('given the machine date %j when parsed then it is the day %s', (text, expected) => {
    expect(iso(text)).toBe(expected)
  })

  it.each([['-'], [''], [null], [undefined], [42], ['tomorrow'], ['2004-05-29T25:00'], ['2004-13-01']])('given %j when parsed then there is no date', (value) => {
    expect(parseDate(value, REFERENCE)).toBeNull()
  })

  it('given 29 February of a leap year when parsed then it is accepted', () => {
    expect(iso('29 February, 2008')).toBe('2008-02-29')
  })

  it('given 29 February with a two-digit year when parsed then the century decides whether it exists', () => {
    expect(iso('29-Feb-00')).toBe('2000-02-29')
    expect(iso('29-Feb-04')).toBe('2004-02-29')
    expect(parseDate('29-Feb-01', REFERENCE)).toBeNull()
    expect(parseDate('29-Feb', REFERENCE)).toMatchObject({ precision: 'monthday', month: 2, day: 29 })
  })

  it.each([
    ['Sept 3, 2010', '2010-09-03'],
    ['3 SEPT 2010', '2010-09-03'],
    ['may 3, 2010', '2010-05-03'],
    ['09/03/2010', '2010-09-03'],
    ['2010-9-3', '2010-09-03'],
  ])('given the month spelled %j when parsed then it is the day %s', (text, expected) => {
    expect(iso(text)).toBe(expected)
  })

  it.each(['0050', '1-Jan-0099', 'Janu 3, 2010', 'Mayo 3, 2010', '00/10/2010', '2010-00', '0-Jan-2010'])(
    'given the typo %j when parsed then there is no date',
    (text) => {
      expect(parseDate(text, REFERENCE)).toBeNull()
    },
  )
})
