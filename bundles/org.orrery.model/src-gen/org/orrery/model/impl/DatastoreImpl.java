/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.orrery.model.Datastore;
import org.orrery.model.DatastoreKind;
import org.orrery.model.Image;
import org.orrery.model.OrreryPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Datastore</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.DatastoreImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.orrery.model.impl.DatastoreImpl#getCapacityGB <em>Capacity GB</em>}</li>
 *   <li>{@link org.orrery.model.impl.DatastoreImpl#getBandwidthMBps <em>Bandwidth MBps</em>}</li>
 *   <li>{@link org.orrery.model.impl.DatastoreImpl#getImages <em>Images</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DatastoreImpl extends NamedElementImpl implements Datastore {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DatastoreKind KIND_EDEFAULT = DatastoreKind.LOCAL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DatastoreKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getCapacityGB() <em>Capacity GB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacityGB()
	 * @generated
	 * @ordered
	 */
	protected static final double CAPACITY_GB_EDEFAULT = 500.0;

	/**
	 * The cached value of the '{@link #getCapacityGB() <em>Capacity GB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCapacityGB()
	 * @generated
	 * @ordered
	 */
	protected double capacityGB = CAPACITY_GB_EDEFAULT;

	/**
	 * The default value of the '{@link #getBandwidthMBps() <em>Bandwidth MBps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBandwidthMBps()
	 * @generated
	 * @ordered
	 */
	protected static final double BANDWIDTH_MBPS_EDEFAULT = 83.37;

	/**
	 * The cached value of the '{@link #getBandwidthMBps() <em>Bandwidth MBps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBandwidthMBps()
	 * @generated
	 * @ordered
	 */
	protected double bandwidthMBps = BANDWIDTH_MBPS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getImages() <em>Images</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImages()
	 * @generated
	 * @ordered
	 */
	protected EList<Image> images;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DatastoreImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.DATASTORE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatastoreKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DatastoreKind newKind) {
		DatastoreKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.DATASTORE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCapacityGB() {
		return capacityGB;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCapacityGB(double newCapacityGB) {
		double oldCapacityGB = capacityGB;
		capacityGB = newCapacityGB;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.DATASTORE__CAPACITY_GB, oldCapacityGB, capacityGB));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBandwidthMBps() {
		return bandwidthMBps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBandwidthMBps(double newBandwidthMBps) {
		double oldBandwidthMBps = bandwidthMBps;
		bandwidthMBps = newBandwidthMBps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.DATASTORE__BANDWIDTH_MBPS, oldBandwidthMBps, bandwidthMBps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Image> getImages() {
		if (images == null) {
			images = new EObjectContainmentEList<Image>(Image.class, this, OrreryPackage.DATASTORE__IMAGES);
		}
		return images;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OrreryPackage.DATASTORE__IMAGES:
				return ((InternalEList<?>)getImages()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrreryPackage.DATASTORE__KIND:
				return getKind();
			case OrreryPackage.DATASTORE__CAPACITY_GB:
				return getCapacityGB();
			case OrreryPackage.DATASTORE__BANDWIDTH_MBPS:
				return getBandwidthMBps();
			case OrreryPackage.DATASTORE__IMAGES:
				return getImages();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OrreryPackage.DATASTORE__KIND:
				setKind((DatastoreKind)newValue);
				return;
			case OrreryPackage.DATASTORE__CAPACITY_GB:
				setCapacityGB((Double)newValue);
				return;
			case OrreryPackage.DATASTORE__BANDWIDTH_MBPS:
				setBandwidthMBps((Double)newValue);
				return;
			case OrreryPackage.DATASTORE__IMAGES:
				getImages().clear();
				getImages().addAll((Collection<? extends Image>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case OrreryPackage.DATASTORE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case OrreryPackage.DATASTORE__CAPACITY_GB:
				setCapacityGB(CAPACITY_GB_EDEFAULT);
				return;
			case OrreryPackage.DATASTORE__BANDWIDTH_MBPS:
				setBandwidthMBps(BANDWIDTH_MBPS_EDEFAULT);
				return;
			case OrreryPackage.DATASTORE__IMAGES:
				getImages().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case OrreryPackage.DATASTORE__KIND:
				return kind != KIND_EDEFAULT;
			case OrreryPackage.DATASTORE__CAPACITY_GB:
				return capacityGB != CAPACITY_GB_EDEFAULT;
			case OrreryPackage.DATASTORE__BANDWIDTH_MBPS:
				return bandwidthMBps != BANDWIDTH_MBPS_EDEFAULT;
			case OrreryPackage.DATASTORE__IMAGES:
				return images != null && !images.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", capacityGB: ");
		result.append(capacityGB);
		result.append(", bandwidthMBps: ");
		result.append(bandwidthMBps);
		result.append(')');
		return result.toString();
	}

} //DatastoreImpl
